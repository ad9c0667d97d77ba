create index geo_unit_search_name_idx on geo_unit (search_name);
