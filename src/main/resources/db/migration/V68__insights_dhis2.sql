-- DHIS2 mapping: which data element an indicator is sent to (indicator is an insights indicator key) ...
create table insight_dhis2_element (
    indicator    varchar(60)  not null primary key,
    data_element varchar(11)  not null,
    updated_by   varchar(100) not null,
    updated_at   timestamp with time zone not null
);

-- ... and which organisation unit a unit is (unit_id names a geography unit; no foreign key into its tables).
create table insight_dhis2_org_unit (
    unit_id    uuid         not null primary key,
    org_unit   varchar(11)  not null,
    updated_by varchar(100) not null,
    updated_at timestamp with time zone not null
);

-- Each push to the DHIS2 server and what its import summary counted (null counts: no summary came back).
create table insight_dhis2_push (
    id         uuid          not null primary key,
    unit_id    uuid          not null,
    unit_path  varchar(1200) not null,
    period     varchar(10)   not null,
    pushed_by  varchar(100)  not null,
    pushed_at  timestamp with time zone not null,
    status     varchar(20)   not null,
    sent       integer       not null,
    imported   integer,
    updated    integer,
    ignored    integer,
    deleted    integer,
    message    varchar(500)
);
create index insight_dhis2_push_at_idx on insight_dhis2_push (pushed_at);
