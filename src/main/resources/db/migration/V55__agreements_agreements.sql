-- Agreements between communities or clusters and the wider system. status is what was last decided (DRAFT,
-- IN_FORCE, LAPSED, ENDED); an agreement in force whose review date has passed reads as lapsed even before the daily
-- lapse job has stored it. unit_id/unit_path place it at the lowest unit holding its community and cluster parties,
-- or at a unit the user chose that holds them (unit_chosen).
create table agreement (
    id          uuid          not null primary key,
    title       varchar(200)  not null,
    purpose     varchar(2000) not null,
    formality   varchar(20)   not null,
    status      varchar(20)   not null,
    unit_id     uuid          not null,
    unit_path   varchar(1200) not null,
    unit_chosen boolean       not null,
    start_date  date,
    end_date    date,
    review_date date,
    ended_on    date,
    created_by  varchar(100)  not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index agreement_review_idx on agreement (status, review_date);

-- A party: a community, cluster, organisation (PARTNER) or service point by id, or a government office that is not
-- on the platform, by name and level. Names of the others are looked up when read, so that renames show.
create table agreement_party (
    id           uuid         not null primary key,
    agreement_id uuid         not null references agreement (id) on delete cascade,
    position     int          not null,
    kind         varchar(20)  not null,
    ref_id       uuid,
    office_name  varchar(200),
    office_level varchar(100),
    constraint agreement_party_ref_uq unique (agreement_id, kind, ref_id)
);
create index agreement_party_ref_idx on agreement_party (ref_id);

create table agreement_signatory (
    id           uuid         not null primary key,
    agreement_id uuid         not null references agreement (id) on delete cascade,
    party_id     uuid         not null references agreement_party (id),
    name         varchar(200) not null,
    title        varchar(200),
    signed_on    date         not null,
    created_by   varchar(100) not null,
    created_at   timestamp with time zone not null
);

-- The brokering that led to the agreement: first contact, meetings, drafts shared, negotiation, signing.
create table agreement_step (
    id           uuid          not null primary key,
    agreement_id uuid          not null references agreement (id) on delete cascade,
    occurred_on  date          not null,
    kind         varchar(20)   not null,
    note         varchar(2000),
    who          varchar(200),
    created_by   varchar(100)  not null,
    created_at   timestamp with time zone not null
);

create table agreement_commitment (
    id           uuid          not null primary key,
    agreement_id uuid          not null references agreement (id) on delete cascade,
    party_id     uuid          not null references agreement_party (id),
    description  varchar(1000) not null,
    due_on       date,
    status       varchar(20)   not null,
    created_by   varchar(100)  not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index agreement_commitment_due_idx on agreement_commitment (status, due_on);

create table agreement_review (
    id             uuid          not null primary key,
    agreement_id   uuid          not null references agreement (id) on delete cascade,
    reviewed_on    date          not null,
    outcome        varchar(2000) not null,
    next_review_on date          not null,
    created_by     varchar(100)  not null,
    created_at     timestamp with time zone not null
);

-- Attached documents (PDF, PNG, JPEG up to 5 MB, checked by their first bytes), kept in the database so that a
-- backup holds them and every node serves them.
create table agreement_document (
    id           uuid          not null primary key,
    agreement_id uuid          not null references agreement (id) on delete cascade,
    filename     varchar(255)  not null,
    content_type varchar(50)   not null,
    size_bytes   bigint        not null,
    content      bytea         not null,
    created_by   varchar(100)  not null,
    created_at   timestamp with time zone not null
);

-- Named locks of scheduled jobs: a job locks its row (select ... for update) so that on several nodes one runs at a
-- time, and notes when it last ran.
create table agreement_job_lock (
    name        varchar(50) not null primary key,
    last_run_at timestamp with time zone
);
insert into agreement_job_lock (name) values ('lapse');
