-- Folded names compare byte by byte (collation "C"), so that a search by the start of a name is an index range.
alter table geo_unit_name alter column search_name type varchar(200) collate "C";
create index geo_unit_name_search_idx on geo_unit_name (search_name);
