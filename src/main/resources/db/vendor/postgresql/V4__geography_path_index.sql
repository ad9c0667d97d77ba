-- Paths, P-codes and search names are compared byte by byte (collation "C"), so that a subtree or a prefix is a plain
-- range (path >= '/a/b/' and path < '/a/b0') that a btree index serves even for a prepared statement's generic plan.
-- H2 compares strings binarily already; its twin of this file creates the same indexes. This is the one place where
-- the dialects differ.
alter table geo_unit alter column path type varchar(1200) collate "C";
alter table geo_unit alter column pcode type varchar(32) collate "C";
create index geo_unit_path_idx on geo_unit (path);
create index geo_unit_depth_path_idx on geo_unit (depth, path);
