-- The unit's name in lower case, kept by the application, so that a search by the start of a name is an index range
-- on both databases (H2 has no expression indexes).
alter table geo_unit add column search_name varchar(200);
update geo_unit set search_name = lower(name);
