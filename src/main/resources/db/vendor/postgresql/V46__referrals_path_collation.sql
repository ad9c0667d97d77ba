-- Unit paths compare byte by byte (collation "C"), so that a subtree is a plain index range (docs/decisions/0002).
alter table referral_service_point alter column unit_path type varchar(1200) collate "C";
alter table referral_service_point_area alter column unit_path type varchar(1200) collate "C";
alter table referral_pathway_route alter column unit_path type varchar(1200) collate "C";
alter table referral alter column unit_path type varchar(1200) collate "C";
