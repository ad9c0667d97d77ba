-- Prefix searches (path like '/a/b/%') use a btree index only with pattern operators under a non-C collation.
-- The H2 twin of this file creates the same index without them: this is the one place the dialects differ.
create index geo_unit_path_idx on geo_unit (path varchar_pattern_ops);
create index geo_unit_depth_path_idx on geo_unit (depth, path varchar_pattern_ops);
-- search by the start of a P-code (stored upper-case) or of a name; H2 has no expression indexes and scans names
create index geo_unit_pcode_prefix_idx on geo_unit (pcode varchar_pattern_ops);
create index geo_unit_name_lower_idx on geo_unit (lower(name) varchar_pattern_ops);
