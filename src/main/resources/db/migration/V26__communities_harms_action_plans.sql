-- Harms that communities select to address (a list that a deployment may extend, see V22).
insert into community_choice (list, code, position, name_en, name_fr, name_sw) values
    ('HARM', 'TEENAGE_PREGNANCY', 1, 'Teenage pregnancy', 'Grossesses précoces', 'Mimba za utotoni'),
    ('HARM', 'CHILD_LABOUR', 2, 'Child labour', 'Travail des enfants', 'Ajira kwa watoto'),
    ('HARM', 'OUT_OF_SCHOOL', 3, 'Out-of-school children', 'Enfants non scolarisés', 'Watoto walio nje ya shule'),
    ('HARM', 'SEXUAL_EXPLOITATION', 4, 'Sexual exploitation', 'Exploitation sexuelle', 'Unyonyaji wa kingono'),
    ('HARM', 'EARLY_MARRIAGE', 5, 'Early marriage', 'Mariage précoce', 'Ndoa za utotoni'),
    ('HARM', 'VIOLENCE_AT_HOME', 6, 'Violence at home', 'Violence à la maison', 'Ukatili nyumbani'),
    ('HARM', 'NEGLECT', 7, 'Neglect', 'Négligence', 'Kutelekezwa'),
    ('HARM', 'VIOLENCE_AT_SCHOOL', 8, 'Violence at school', 'Violence à l’école', 'Ukatili shuleni');

-- A harm a community selected, the groups it consulted (comma-separated codes) and when.
create table community_harm_selection (
    id              uuid          not null primary key,
    community_id    uuid          not null references community (id),
    harm            varchar(40)   not null,
    selected_on     date          not null,
    groups_consulted varchar(200) not null,
    note            varchar(1000),
    created_by      varchar(100)  not null,
    created_at      timestamp with time zone not null
);
create index community_harm_selection_idx on community_harm_selection (community_id, selected_on);

-- A community's action plan against a harm, and its actions, each owned by a role or group (never a child).
create table community_action_plan (
    id           uuid         not null primary key,
    community_id uuid         not null references community (id),
    title        varchar(200) not null,
    harm         varchar(40)  not null,
    starts_on    date         not null,
    ends_on      date,
    created_by   varchar(100) not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index community_action_plan_idx on community_action_plan (community_id, starts_on);

create table community_action (
    id          uuid         not null primary key,
    plan_id     uuid         not null references community_action_plan (id),
    position    int          not null,
    description varchar(500) not null,
    owner       varchar(200) not null,
    status      varchar(20)  not null,
    due_on      date,
    done_on     date,
    created_by  varchar(100) not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index community_action_plan_actions_idx on community_action (plan_id, position);
