-- Lists that a deployment may extend: meeting types and harms that communities select. Names per language; a code
-- once used stays (set active = false to hide it from forms).
create table community_choice (
    list     varchar(20)  not null,
    code     varchar(40)  not null,
    position int          not null,
    active   boolean      not null default true,
    name_en  varchar(200) not null,
    name_fr  varchar(200) not null,
    name_sw  varchar(200) not null,
    primary key (list, code)
);
insert into community_choice (list, code, position, name_en, name_fr, name_sw) values
    ('MEETING_TYPE', 'COMMUNITY_MEETING', 1, 'Community meeting', 'Réunion communautaire', 'Mkutano wa jamii'),
    ('MEETING_TYPE', 'CHILDRENS_GROUP', 2, 'Children''s group', 'Groupe d’enfants', 'Kikundi cha watoto'),
    ('MEETING_TYPE', 'PLANNING_GROUP', 3, 'Planning group', 'Groupe de planification', 'Kikundi cha mipango'),
    ('MEETING_TYPE', 'REFLECTION', 4, 'Reflection', 'Réflexion', 'Tafakari'),
    ('MEETING_TYPE', 'EXCHANGE_VISIT', 5, 'Exchange visit', 'Visite d’échange', 'Ziara ya kubadilishana uzoefu'),
    ('MEETING_TYPE', 'OTHER', 6, 'Other', 'Autre', 'Nyingine');

-- A community's meetings: attendance as counts by sex and age group, never names.
create table community_meeting (
    id           uuid         not null primary key,
    community_id uuid         not null references community (id),
    meeting_type varchar(40)  not null,
    held_on      date         not null,
    girls        int          not null,
    boys         int          not null,
    women        int          not null,
    men          int          not null,
    facilitation varchar(20)  not null,
    decisions    varchar(4000),
    created_by   varchar(100) not null,
    created_at   timestamp with time zone not null,
    constraint community_meeting_counts_ck check (girls >= 0 and boys >= 0 and women >= 0 and men >= 0)
);
create index community_meeting_community_idx on community_meeting (community_id, held_on);
