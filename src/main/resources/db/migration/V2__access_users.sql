-- Accounts that can sign in. The full access model (roles with geographic scopes, tokens, audit) grows from here.
create table access_user (
    id            uuid         not null primary key,
    username      varchar(64)  not null,
    password_hash varchar(255) not null,
    display_name  varchar(200) not null,
    language      varchar(10),
    enabled       boolean      not null default true,
    created_at    timestamp with time zone not null
);
-- usernames are stored lower-case, so that a plain unique index makes them case-insensitive
create unique index access_user_username_uq on access_user (username);

create table access_user_role (
    user_id uuid        not null references access_user (id) on delete cascade,
    role    varchar(40) not null,
    primary key (user_id, role)
);
