-- A rebuild's year step: the month rows of every unit, added up once from the community months and the scale-up
-- events, then written with the quarters and the year summed from them (H2; on PostgreSQL each connection has its own).
create table insight_rebuild_month (
    unit_id uuid not null,
    period_start date not null,
    measure varchar(40) not null,
    value bigint not null
);
