-- Records made offline carry an id chosen by the phone (client_id). The first time a client id arrives, it is kept
-- here with the id the record got on the server, in the transaction that creates the record; the primary key makes a
-- replay (or two replays at once) find it instead of creating the record again.
create table sync_client_id (
    client_id   uuid          not null primary key,
    username    varchar(100)  not null,
    kind        varchar(20)   not null,
    server_id   uuid,
    created_at  timestamp with time zone not null
);
create index sync_client_id_user_idx on sync_client_id (username, created_at);
