-- Clusters: groups of neighbouring communities (typically three) with a lead organisation, placed at the lowest unit
-- that holds every member (unit_chosen = false) or at a unit chosen by the user that holds them all.
create table community_cluster (
    id              uuid          not null primary key,
    name            varchar(200)  not null,
    search_name     varchar(200)  not null,
    lead_partner_id uuid          not null,
    unit_id         uuid          not null,
    unit_path       varchar(1200) not null,
    unit_chosen     boolean       not null,
    created_by      varchar(100)  not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint community_cluster_name_uq unique (search_name)
);

-- A community belongs to at most one cluster.
create table community_cluster_member (
    cluster_id   uuid not null references community_cluster (id) on delete cascade,
    community_id uuid not null references community (id),
    primary key (cluster_id, community_id),
    constraint community_cluster_member_uq unique (community_id)
);
