-- Service points: an office or queue that receives referrals (a district social welfare office, a police family
-- support unit, a health facility), never a person. unit_id/unit_path place it where it sits; the area it covers is
-- in referral_service_point_area (each unit with its subtree). on_platform is false for an office that answers
-- through one-time links instead of accounts.
create table referral_service_point (
    id            uuid          not null primary key,
    name          varchar(200)  not null,
    search_name   varchar(200)  not null,
    category      varchar(30)   not null,
    unit_id       uuid          not null,
    unit_path     varchar(1200) not null,
    phone         varchar(40),
    email         varchar(254),
    address       varchar(500),
    opening_hours varchar(300),
    languages     varchar(200),
    on_platform   boolean       not null,
    active        boolean       not null default true,
    created_by    varchar(100)  not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint referral_service_point_name_uq unique (unit_id, search_name)
);
create index referral_service_point_path_idx on referral_service_point (unit_path);

create table referral_service_point_area (
    service_point_id uuid          not null references referral_service_point (id) on delete cascade,
    unit_id          uuid          not null,
    unit_path        varchar(1200) not null,
    primary key (service_point_id, unit_id)
);
create index referral_service_point_area_path_idx on referral_service_point_area (unit_path);

-- The referral pathway: for a service category, which service point receives referrals from a unit's subtree. The
-- most specific route (the deepest unit on the referring community's path) wins.
create table referral_pathway_route (
    id               uuid          not null primary key,
    category         varchar(30)   not null,
    unit_id          uuid          not null,
    unit_path        varchar(1200) not null,
    service_point_id uuid          not null references referral_service_point (id),
    created_by       varchar(100)  not null,
    created_at       timestamp with time zone not null,
    constraint referral_pathway_route_uq unique (category, unit_id)
);
create index referral_pathway_route_path_idx on referral_pathway_route (unit_path);

-- The officers who work a service point's queue (accounts holding the service point officer role, by username).
create table referral_service_point_officer (
    service_point_id uuid        not null references referral_service_point (id) on delete cascade,
    username         varchar(64) not null,
    primary key (service_point_id, username)
);
create index referral_service_point_officer_user_idx on referral_service_point_officer (username);
