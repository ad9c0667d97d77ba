-- H2 compares strings binarily already (see the PostgreSQL twin of this file and docs/decisions/0002).
create index agreement_unit_path_idx on agreement (unit_path);
