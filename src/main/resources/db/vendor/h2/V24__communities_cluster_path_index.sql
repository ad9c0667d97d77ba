-- H2 compares strings binarily already (see the PostgreSQL twin of this file and docs/decisions/0002).
create index community_cluster_unit_path_idx on community_cluster (unit_path);
