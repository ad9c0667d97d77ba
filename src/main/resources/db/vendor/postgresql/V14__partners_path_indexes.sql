-- Partner records by subtree: unit paths compare byte by byte (collation "C"), so that a subtree is a plain index
-- range, as for geo_unit.path (docs/decisions/0002). H2 needs only the indexes (its twin of this file).
alter table partner_presence alter column unit_path type varchar(1200) collate "C";
alter table partner_adoption alter column unit_path type varchar(1200) collate "C";
create index partner_presence_path_idx on partner_presence (unit_path);
create index partner_adoption_path_idx on partner_adoption (unit_path);
