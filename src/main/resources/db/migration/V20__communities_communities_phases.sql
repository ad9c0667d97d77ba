-- Communities (village, settlement, urban neighbourhood) that run the community-led process. unit_id and unit_path
-- place a community at a unit of the lowest level; the path is rewritten when a boundary import moves a unit.
-- search_name is the lower-cased name, unique within a unit, so that a community is not registered twice.
-- current_phase and phase_since repeat the latest entry of community_phase, for listings by phase.
-- request_status is set for a community that asked to start (REQUESTED), until a coordinator accepts or declines it.
create table community (
    id                  uuid          not null primary key,
    name                varchar(200)  not null,
    search_name         varchar(200)  not null,
    unit_id             uuid          not null,
    unit_path           varchar(1200) not null,
    population_total    bigint,
    population_children bigint,
    partner_id          uuid,
    origin              varchar(30)   not null,
    source_community_id uuid          references community (id),
    current_phase       varchar(30),
    phase_since         date,
    request_status      varchar(20),
    requested_on        date,
    request_decided_on  date,
    request_decided_by  varchar(100),
    decline_reason      varchar(1000),
    created_by          varchar(100)  not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint community_name_uq unique (unit_id, search_name),
    constraint community_population_ck check (population_total is null or population_total >= 0),
    constraint community_children_ck check (population_children is null or population_children >= 0)
);
create index community_partner_idx on community (partner_id);
create index community_phase_idx on community (current_phase);
create index community_request_idx on community (request_status);
create index community_source_idx on community (source_community_id);

-- The adults who facilitate a community's process, from inside the community or from outside; never children.
create table community_facilitator (
    community_id   uuid         not null references community (id) on delete cascade,
    position       int          not null,
    name           varchar(200) not null,
    from_community boolean      not null,
    primary key (community_id, position)
);

-- The process phases of a community: an append-only history, in the order recorded (seq); the latest is current.
create table community_phase (
    id           uuid         not null primary key,
    community_id uuid         not null references community (id),
    seq          int          not null,
    phase        varchar(30)  not null,
    entered_on   date         not null,
    note         varchar(1000),
    reason       varchar(1000),
    recorded_by  varchar(100) not null,
    recorded_at  timestamp with time zone not null,
    constraint community_phase_seq_uq unique (community_id, seq)
);
