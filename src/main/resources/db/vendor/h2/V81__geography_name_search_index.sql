-- H2 compares strings binarily already (see the PostgreSQL twin of this file and docs/decisions/0002).
create index geo_unit_name_search_idx on geo_unit_name (search_name);
