-- H2 compares strings binarily, so plain indexes serve prefix ranges (see the PostgreSQL twin of this file).
create index geo_unit_path_idx on geo_unit (path);
create index geo_unit_depth_path_idx on geo_unit (depth, path);
