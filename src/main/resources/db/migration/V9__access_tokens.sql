-- Personal API tokens: shown once at creation, kept only as a SHA-256 digest (a token is 256 random bits, so a fast
-- digest is as safe as a slow one), with an expiry and a revocation.
create table access_token (
    id           uuid         not null primary key,
    user_id      uuid         not null references access_user (id) on delete cascade,
    name         varchar(100) not null,
    digest       char(64)     not null,
    shown_prefix varchar(12)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create unique index access_token_digest_uq on access_token (digest);
create index access_token_user_idx on access_token (user_id, created_at);
