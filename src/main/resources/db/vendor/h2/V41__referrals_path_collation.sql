-- H2 compares strings binarily already (see the PostgreSQL twin of this file and docs/decisions/0002).
create index referral_service_point_search_idx on referral_service_point (search_name);
