-- Monthly facts per community (the base of every roll-up, and the cluster series of a stepped-wedge table).
-- month is the first day of the month; measure is an insights Measure name or a histogram bucket (NAME:weeks).
create table insight_community_month (
    community_id uuid        not null,
    month        date        not null,
    measure      varchar(40) not null,
    value        bigint      not null,
    primary key (community_id, measure, month)
);

-- Roll-ups per unit: the community's unit and each of its ancestors. period_kind is M, Q or Y and period_start the
-- first day of the month, quarter or year. Stocks have M rows only.
create table insight_unit_period (
    unit_id      uuid        not null,
    period_kind  char(1)     not null,
    period_start date        not null,
    measure      varchar(40) not null,
    value        bigint      not null,
    primary key (unit_id, period_kind, period_start, measure)
);
