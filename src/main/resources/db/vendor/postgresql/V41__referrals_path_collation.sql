-- Unit paths and search names compare byte by byte (collation "C"), so that a subtree or the start of a name is a
-- plain index range (docs/decisions/0002). The indexes of V40 are rebuilt by the change of type.
alter table referral_service_point alter column unit_path type varchar(1200) collate "C";
alter table referral_service_point alter column search_name type varchar(200) collate "C";
alter table referral_service_point_area alter column unit_path type varchar(1200) collate "C";
alter table referral_pathway_route alter column unit_path type varchar(1200) collate "C";
create index referral_service_point_search_idx on referral_service_point (search_name);
