-- A country and the names of its administrative levels (0 = the country itself).
create table geo_country (
    id               uuid        not null primary key,
    pcode            varchar(32) not null unique,
    default_language varchar(10) not null default 'en',
    created_at       timestamp with time zone not null
);

create table geo_level (
    country_id uuid         not null references geo_country (id) on delete cascade,
    depth      int          not null,
    language   varchar(10)  not null,
    name       varchar(100) not null,
    primary key (country_id, depth, language)
);

-- An administrative unit. path = '/id0/id1/.../idN/' (its ancestors and itself), so that a subtree is one prefix
-- range on an index and ancestors need no recursive query.
create table geo_unit (
    id                  uuid          not null primary key,
    country_id          uuid          not null references geo_country (id),
    pcode               varchar(32)   not null,
    parent_id           uuid          references geo_unit (id),
    depth               int           not null,
    path                varchar(1200) not null,
    name                varchar(200)  not null,
    valid_from          date,
    valid_to            date,
    population_total    bigint,
    population_children bigint,
    geometry            text,
    version             int           not null default 0,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint geo_unit_pcode_uq unique (pcode),
    constraint geo_unit_population_ck check (population_total is null or population_total >= 0),
    constraint geo_unit_children_ck check (population_children is null or population_children >= 0)
);
create index geo_unit_parent_name_idx on geo_unit (parent_id, name);

-- Names per language ('und' where the source did not say which language).
create table geo_unit_name (
    unit_id  uuid         not null references geo_unit (id) on delete cascade,
    language varchar(10)  not null,
    name     varchar(200) not null,
    primary key (unit_id, language)
);

-- What a unit was before a re-import moved or renamed it: boundary changes stay traceable.
create table geo_unit_history (
    id           uuid          not null primary key,
    unit_id      uuid          not null references geo_unit (id) on delete cascade,
    changed_at   timestamp with time zone not null,
    import_id    uuid,
    change_kind  varchar(20)   not null,
    old_parent_id uuid,
    old_path     varchar(1200),
    old_name     varchar(200),
    old_valid_from date,
    old_valid_to date
);
create index geo_unit_history_unit_idx on geo_unit_history (unit_id, changed_at);

-- An import of a boundary file, run in the background; the uploaded file waits in the
-- server's work folder until the job ends.
create table geo_import_job (
    id             uuid         not null primary key,
    file_name      varchar(255) not null,
    format         varchar(20),
    status         varchar(20)  not null,
    phase          varchar(20)  not null,
    total          int          not null default 0,
    processed      int          not null default 0,
    created_count  int          not null default 0,
    updated_count  int          not null default 0,
    moved_count    int          not null default 0,
    unchanged_count int         not null default 0,
    problem_count  int          not null default 0,
    problems       text,
    created_by     varchar(64)  not null,
    node           varchar(100) not null,
    created_at     timestamp with time zone not null,
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone
);
create index geo_import_job_created_idx on geo_import_job (created_at);

-- One row, locked by each import for its whole transaction, so that imports on several nodes never interleave.
create table geo_import_lock (id int not null primary key);
insert into geo_import_lock (id) values (1);
