-- A unit's boundary is compared by value on re-import (hash of the normalised shape, docs/decisions/0014) and served to
-- maps in a simplified copy; population figures carry their reference year (COD-PS imports).
alter table geo_unit add column geometry_hash varchar(64);
alter table geo_unit add column map_geometry text;
alter table geo_unit add column population_year int;

-- Every name of a unit, in every language, is searchable: folded to lower case without accents by the application
-- (names stored before this version are lower-cased only, until a re-import folds them).
alter table geo_unit_name add column search_name varchar(200);
update geo_unit_name set search_name = lower(name);

-- A rename names the language whose name changed.
alter table geo_unit_history add column old_language varchar(10);

-- Boundary files and population files are imported by the same jobs.
alter table geo_import_job add column kind varchar(20) default 'BOUNDARIES' not null;
