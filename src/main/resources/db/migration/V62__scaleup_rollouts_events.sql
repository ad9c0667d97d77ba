-- Rollouts for implementation research: clusters of an area assigned at random to waves that cross over to the
-- intervention one period after another (a stepped wedge); comparison clusters never cross over during the study.
-- The seed and the algorithm are kept, so that the same draw can be made again.
create table scaleup_rollout (
    id              uuid          not null primary key,
    name            varchar(200)  not null,
    plan_id         uuid          references scaleup_plan (id) on delete set null,
    unit_id         uuid          not null,
    unit_path       varchar(1200) not null,
    waves           integer       not null,
    first_crossover date          not null,
    period_months   integer       not null,
    stratified      boolean       not null,
    seed            bigint,
    algorithm       varchar(40),
    randomised_by   varchar(100),
    randomised_at   timestamp with time zone,
    created_by      varchar(100)  not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);

-- An assignment of a cluster to a rollout. cluster_id names a cluster of the communities module (no foreign key into
-- another module's tables); a cluster takes part in one rollout at most, so that its crossover date is unambiguous.
-- stratum is the unit (the district) the cluster was drawn in, as it was at the draw.
create table scaleup_rollout_cluster (
    id         uuid    not null primary key,
    rollout_id uuid    not null references scaleup_rollout (id) on delete cascade,
    cluster_id uuid    not null,
    comparison boolean not null,
    wave       integer,
    stratum    uuid,
    constraint scaleup_rollout_cluster_uq unique (cluster_id)
);
create index scaleup_rollout_cluster_rollout_idx on scaleup_rollout_cluster (rollout_id);

-- Scale-up events (ExpandNet): horizontal, vertical, diversification, spontaneous; at a unit, on a day.
create table scaleup_event (
    id          uuid          not null primary key,
    kind        varchar(20)   not null,
    unit_id     uuid          not null,
    unit_path   varchar(1200) not null,
    level       integer       not null,
    occurred_on date          not null,
    description varchar(2000) not null,
    recorded_by varchar(100)  not null,
    recorded_at timestamp with time zone not null
);
