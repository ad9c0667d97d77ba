-- Stakeholders above communities (a panchayat, a chiefdom council, a ward or sub-county administration, a district
-- child protection committee...; kinds are those of org.harambee.partners.StakeholderKind), placed in their unit.
create table partner_stakeholder (
    id         uuid          not null primary key,
    name       varchar(200)  not null,
    kind       varchar(40)   not null,
    unit_id    uuid          not null,
    unit_path  varchar(1200) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

-- Forums where communities meet each other and the stakeholders above them, optionally convened by a stakeholder.
create table partner_forum (
    id          uuid          not null primary key,
    name        varchar(200)  not null,
    unit_id     uuid          not null,
    unit_path   varchar(1200) not null,
    convener_id uuid references partner_stakeholder (id),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);

-- A forum's meetings: the day, how many attended (a count, never names) and short notes.
create table partner_forum_meeting (
    id         uuid          not null primary key,
    forum_id   uuid          not null references partner_forum (id),
    held_on    date          not null,
    attendance int           not null,
    notes      varchar(2000),
    created_at timestamp with time zone not null,
    constraint partner_forum_meeting_attendance_ck check (attendance >= 0)
);
create index partner_forum_meeting_forum_idx on partner_forum_meeting (forum_id, held_on);

-- The communities represented in a forum, by id. Communities belong to the communities module, which partners does
-- not read: the ids are kept as given (see docs/partners.md).
create table partner_forum_community (
    forum_id     uuid not null references partner_forum (id) on delete cascade,
    community_id uuid not null,
    primary key (forum_id, community_id)
);
create index partner_forum_community_idx on partner_forum_community (community_id);
