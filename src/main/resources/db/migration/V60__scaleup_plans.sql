-- Scale-up plans: a goal (a level and the unit at that level), placed at the goal unit; phases, each a period and a
-- set of units inside the goal; lessons learned per phase, reviewed before the next phase starts.
create table scaleup_plan (
    id                  uuid          not null primary key,
    name                varchar(200)  not null,
    goal_level          varchar(20)   not null,
    unit_id             uuid          not null,
    unit_path           varchar(1200) not null,
    agreements_required integer       not null,
    created_by          varchar(100)  not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);

create table scaleup_phase (
    id              uuid          not null primary key,
    plan_id         uuid          not null references scaleup_plan (id) on delete cascade,
    name            varchar(200)  not null,
    starts_on       date          not null,
    ends_on         date          not null,
    started_on      date,
    started_by      varchar(100),
    override_reason varchar(1000),
    created_by      varchar(100)  not null,
    created_at      timestamp with time zone not null
);
create index scaleup_phase_plan_idx on scaleup_phase (plan_id, starts_on);

create table scaleup_phase_unit (
    phase_id  uuid          not null references scaleup_phase (id) on delete cascade,
    unit_id   uuid          not null,
    unit_path varchar(1200) not null,
    primary key (phase_id, unit_id)
);

create table scaleup_lesson (
    id          uuid          not null primary key,
    phase_id    uuid          not null references scaleup_phase (id) on delete cascade,
    text        varchar(2000) not null,
    recorded_by varchar(100)  not null,
    recorded_at timestamp with time zone not null,
    reviewed_by varchar(100),
    reviewed_at timestamp with time zone
);
create index scaleup_lesson_phase_idx on scaleup_lesson (phase_id);
