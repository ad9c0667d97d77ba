alter table geo_unit alter column search_name type varchar(200) collate "C";
create index geo_unit_search_name_idx on geo_unit (search_name);
