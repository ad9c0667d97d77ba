-- H2 compares strings binarily already (see the PostgreSQL twin of this file and docs/decisions/0002).
create index scaleup_plan_unit_path_idx on scaleup_plan (unit_path);
create index scaleup_phase_unit_path_idx on scaleup_phase_unit (unit_path);
