-- Messages outside the screen (notifications module, docs/notifications.md). A row is written in the transaction of
-- the event that causes it and sent later by the background sender; parameters hold references and links only, never
-- a child's identity; secret (a one-time link) is erased when the row is sent or fails for good (decision 0026).
create table notification_outbox (
    id              uuid          not null primary key,
    recipient_kind  varchar(10)   not null,
    recipient       varchar(100)  not null,
    address         varchar(254)  not null,
    channel         varchar(10)   not null,
    language        varchar(20)   not null,
    template        varchar(60)   not null,
    parameters      varchar(2000) not null,
    secret          varchar(300),
    carries_secret  boolean       not null default false,
    urgency         varchar(10)   not null,
    status          varchar(10)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(200),
    claimed_by      varchar(200),
    claimed_until   timestamp with time zone,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone
);
-- what a sender claims: due rows by status and time
create index notification_outbox_due_idx on notification_outbox (status, next_attempt_at);
-- the delivery log, newest first
create index notification_outbox_created_idx on notification_outbox (created_at);

-- Each account's channels and quiet hours (read in the deployment's time zone); no row means the defaults.
create table notification_preference (
    username    varchar(100) not null primary key,
    email       boolean      not null,
    sms         boolean      not null,
    in_app      boolean      not null,
    quiet_from  time,
    quiet_until time,
    updated_at  timestamp with time zone not null
);
