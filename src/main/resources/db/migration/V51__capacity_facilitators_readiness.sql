-- Facilitators of the community-led process, on the platform (username) or not; placed at the unit where they are
-- based (unit_id/unit_path). phone is personal data: shown to those who may read the record, never logged.
create table capacity_facilitator (
    id               uuid          not null primary key,
    name             varchar(200)  not null,
    search_name      varchar(200)  not null,
    sex              varchar(10)   not null,
    inside_community boolean       not null,
    organisation_id  uuid,
    username         varchar(64),
    phone            varchar(40),
    unit_id          uuid          not null,
    unit_path        varchar(1200) not null,
    active           boolean       not null default true,
    created_by       varchar(100)  not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);
create index capacity_facilitator_path_idx on capacity_facilitator (unit_path);
create index capacity_facilitator_user_idx on capacity_facilitator (username);

alter table capacity_participant add constraint capacity_participant_facilitator_fk
    foreign key (facilitator_id) references capacity_facilitator (id);

-- A facilitator assigned to a community (of the communities module, checked when written) from a day, until a day
-- or open-ended; unit_id/unit_path are the community's, kept right when it or its unit moves.
create table capacity_assignment (
    id             uuid          not null primary key,
    facilitator_id uuid          not null references capacity_facilitator (id) on delete cascade,
    community_id   uuid          not null,
    unit_id        uuid          not null,
    unit_path      varchar(1200) not null,
    starts_on      date          not null,
    ends_on        date,
    created_by     varchar(100)  not null,
    created_at     timestamp with time zone not null,
    constraint capacity_assignment_dates_ck check (ends_on is null or ends_on >= starts_on)
);
create index capacity_assignment_path_idx on capacity_assignment (unit_path);
create index capacity_assignment_facilitator_idx on capacity_assignment (facilitator_id);
create index capacity_assignment_community_idx on capacity_assignment (community_id);

-- Government support for the approach in an area: a commitment, a letter, staff time, a budget line.
create table capacity_government_support (
    id              uuid          not null primary key,
    unit_id         uuid          not null,
    unit_path       varchar(1200) not null,
    recorded_on     date          not null,
    organisation_id uuid          not null,
    description     varchar(2000) not null,
    created_by      varchar(100)  not null,
    created_at      timestamp with time zone not null
);
create index capacity_government_support_path_idx on capacity_government_support (unit_path);

-- Readiness criteria with their required values: the global defaults (unit_id null), overridden for an area by a
-- row at its unit or the nearest unit above it. active = false switches a criterion off there.
create table capacity_readiness_criterion (
    id         uuid          not null primary key,
    criterion  varchar(60)   not null,
    unit_id    uuid,
    unit_path  varchar(1200),
    required   bigint        not null,
    active     boolean       not null default true,
    updated_by varchar(100)  not null,
    updated_at timestamp with time zone not null,
    constraint capacity_readiness_criterion_required_ck check (required >= 0)
);
create index capacity_readiness_criterion_path_idx on capacity_readiness_criterion (unit_path);
insert into capacity_readiness_criterion (id, criterion, unit_id, unit_path, required, active, updated_by, updated_at)
values
    ('01900000-0000-7000-8000-000000000511', 'TRAINED_FACILITATORS_PER_10_COMMUNITIES', null, null, 1, true, 'system',
     current_timestamp),
    ('01900000-0000-7000-8000-000000000512', 'TRAINED_OFFICER_PER_SERVICE_POINT', null, null, 1, true, 'system',
     current_timestamp),
    ('01900000-0000-7000-8000-000000000513', 'GOVERNMENT_SUPPORT_RECORDED', null, null, 1, true, 'system',
     current_timestamp);
