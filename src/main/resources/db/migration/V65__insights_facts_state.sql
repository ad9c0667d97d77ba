-- What insights keeps of each community from the communities events (its unit, whether it asked to start, the first
-- dates of its process), so that a later event needs no look-up in another module. Rebuilt with the facts.
create table insight_community (
    community_id  uuid          not null primary key,
    unit_path     varchar(1200) not null,
    asked         boolean       not null,
    registered_on date,
    started_on    date,
    harm_on       date,
    action_on     date,
    phased_out_on date
);

-- Keys of what has been counted once (an event, or the first answer of a referral): a redelivered or replayed event
-- finds its key and counts nothing.
create table insight_processed (
    event_key varchar(120) not null primary key
);

-- The last month for which running totals (registered, ever started) have rows. Writers lock this row in share mode,
-- the monthly roll and the rebuild in update mode: it is also the lock that keeps a rebuild apart from live writes.
create table insight_horizon (
    id    int  not null primary key,
    month date
);
insert into insight_horizon (id, month) values (1, null);

-- The path of each unit a boundary import moved, as the facts last saw it: a replayed move finds it done.
create table insight_unit_path (
    unit_id uuid          not null primary key,
    path    varchar(1200) not null
);

-- A calendar of months (first and last day) for the rebuild's set-based activity windows and running totals.
create table insight_month (
    month    date not null primary key,
    last_day date not null
);
