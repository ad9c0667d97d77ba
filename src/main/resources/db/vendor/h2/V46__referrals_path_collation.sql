-- H2 compares strings binarily already (see the PostgreSQL twin of this file and docs/decisions/0002); nothing to do.
select 1;
