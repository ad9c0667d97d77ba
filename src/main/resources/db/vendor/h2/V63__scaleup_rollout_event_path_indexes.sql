-- H2 compares strings binarily already (see the PostgreSQL twin of this file and docs/decisions/0002).
create index scaleup_rollout_unit_path_idx on scaleup_rollout (unit_path);
create index scaleup_event_unit_path_idx on scaleup_event (unit_path, occurred_on);
