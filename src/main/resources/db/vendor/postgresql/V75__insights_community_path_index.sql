-- Unit paths compare byte by byte (collation "C"), so that a subtree is a plain index range (docs/decisions/0002):
-- the rebuild's steps and a unit's move read the facts' communities by path range.
alter table insight_community alter column unit_path type varchar(1200) collate "C";
create index insight_community_path_idx on insight_community (unit_path);
