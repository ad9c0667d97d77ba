-- Imports of records from spreadsheets (communities, accounts, service points…), run in the background by one
-- machinery for every kind (decision 0037). The uploaded file waits in the server's work folder until the job ends.
-- problems holds the problems by line and column as message keys with their arguments (JSON), read in the reader's
-- language.
create table imports_job (
    id              uuid         not null primary key,
    kind            varchar(40)  not null,
    file_name       varchar(255) not null,
    format          varchar(10),
    status          varchar(20)  not null,
    phase           varchar(20)  not null,
    total           int          not null default 0,
    processed       int          not null default 0,
    created_count   int          not null default 0,
    updated_count   int          not null default 0,
    unchanged_count int          not null default 0,
    problem_count   int          not null default 0,
    problems        text,
    created_by      varchar(64)  not null,
    node            varchar(100) not null,
    created_at      timestamp with time zone not null,
    started_at      timestamp with time zone,
    finished_at     timestamp with time zone
);
create index imports_job_kind_idx on imports_job (kind, created_at);
create index imports_job_user_idx on imports_job (created_by, created_at);
