-- Peer spread: one community told, visited or hosted another, or the other asked to start after hearing of it.
create table community_spread_link (
    id          uuid         not null primary key,
    source_id   uuid         not null references community (id),
    target_id   uuid         not null references community (id),
    kind        varchar(30)  not null,
    occurred_on date         not null,
    note        varchar(1000),
    created_by  varchar(100) not null,
    created_at  timestamp with time zone not null,
    constraint community_spread_link_self_ck check (source_id <> target_id),
    constraint community_spread_link_uq unique (source_id, target_id, kind, occurred_on)
);
create index community_spread_link_source_idx on community_spread_link (source_id);
create index community_spread_link_target_idx on community_spread_link (target_id);
