-- The audit trail: append-only, one row per sensitive action, each row carrying the hash of the one before, so that a
-- changed or removed row breaks the chain (AuditTrail.verify). The lock row serialises appends across nodes.
create table access_audit (
    seq            bigint        not null primary key,
    at             timestamp with time zone not null,
    actor          varchar(100)  not null,
    remote_address varchar(64),
    action         varchar(40)   not null,
    record_type    varchar(40),
    record_id      varchar(64),
    unit_id        uuid,
    unit_path      varchar(1200),
    detail         varchar(500),
    prev_hash      char(64)      not null,
    hash           char(64)      not null
);
create index access_audit_at_idx on access_audit (at);
create index access_audit_actor_idx on access_audit (actor, at);

create table access_audit_lock (id int not null primary key);
insert into access_audit_lock (id) values (1);
