-- Stakeholders and forums by subtree: unit paths compare byte by byte (collation "C"), as in V14.
alter table partner_stakeholder alter column unit_path type varchar(1200) collate "C";
alter table partner_forum alter column unit_path type varchar(1200) collate "C";
create index partner_stakeholder_path_idx on partner_stakeholder (unit_path);
create index partner_forum_path_idx on partner_forum (unit_path);
