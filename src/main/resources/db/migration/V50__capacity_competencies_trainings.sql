-- Competencies that trainings cover: a list a deployment extends (names per language); a code once used stays, and
-- active = false hides it from forms. The four defaults are the ones readiness and the field guides name.
create table capacity_competency (
    id         uuid         not null primary key,
    code       varchar(40)  not null,
    position   int          not null,
    active     boolean      not null default true,
    name_en    varchar(200) not null,
    name_fr    varchar(200) not null,
    name_sw    varchar(200) not null,
    created_at timestamp with time zone not null,
    constraint capacity_competency_code_uq unique (code)
);
insert into capacity_competency (id, code, position, name_en, name_fr, name_sw, created_at) values
    ('01900000-0000-7000-8000-000000000501', 'FACILITATION', 1, 'Facilitation', 'Facilitation', 'Uwezeshaji',
     current_timestamp),
    ('01900000-0000-7000-8000-000000000502', 'CHILD_SAFEGUARDING', 2, 'Child safeguarding',
     'Protection et sauvegarde de l’enfant', 'Ulinzi na usalama wa mtoto', current_timestamp),
    ('01900000-0000-7000-8000-000000000503', 'REFERRAL_CASE_MANAGEMENT', 3,
     'Referral and case management basics', 'Bases de la référence et de la gestion de cas',
     'Misingi ya rufaa na usimamizi wa kesi', current_timestamp),
    ('01900000-0000-7000-8000-000000000504', 'DATA_PROTECTION', 4, 'Data protection', 'Protection des données',
     'Ulinzi wa taarifa', current_timestamp);

-- A training: where it is held (unit_id/unit_path of a unit, plus the venue as text), when, who trains (an
-- organisation of the partners module, checked when written), its status, and whether participants are assessed
-- (then pass_mark, 0-100, decides who passed).
create table capacity_training (
    id              uuid          not null primary key,
    title           varchar(200)  not null,
    starts_on       date          not null,
    ends_on         date          not null,
    unit_id         uuid          not null,
    unit_path       varchar(1200) not null,
    venue           varchar(200),
    trainer_org_id  uuid,
    status          varchar(20)   not null,
    assessed        boolean       not null,
    pass_mark       int           not null,
    created_by      varchar(100)  not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint capacity_training_dates_ck check (ends_on >= starts_on),
    constraint capacity_training_pass_mark_ck check (pass_mark between 0 and 100)
);
create index capacity_training_path_idx on capacity_training (unit_path);

create table capacity_training_competency (
    training_id   uuid not null references capacity_training (id) on delete cascade,
    competency_id uuid not null references capacity_competency (id),
    primary key (training_id, competency_id)
);

-- Someone who takes part in a training: an account (username) or a person not on the platform (name, sex,
-- organisation, role), optionally linked to a facilitator record. attended is null until attendance is recorded;
-- score (0-100) only for an assessed training.
create table capacity_participant (
    id             uuid          not null primary key,
    training_id    uuid          not null references capacity_training (id) on delete cascade,
    username       varchar(64),
    name           varchar(200),
    sex            varchar(10),
    organisation   varchar(200),
    role_title     varchar(200),
    facilitator_id uuid,
    attended       boolean,
    days_attended  int,
    score          int,
    created_by     varchar(100)  not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint capacity_participant_who_ck check (username is not null or name is not null),
    constraint capacity_participant_score_ck check (score is null or score between 0 and 100),
    constraint capacity_participant_days_ck check (days_attended is null or days_attended >= 0)
);
create index capacity_participant_training_idx on capacity_participant (training_id);
create index capacity_participant_user_idx on capacity_participant (username);
create index capacity_participant_facilitator_idx on capacity_participant (facilitator_id);
