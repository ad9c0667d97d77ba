-- Unit paths compare byte by byte (collation "C"), so that a subtree is a plain index range (docs/decisions/0002).
alter table community alter column unit_path type varchar(1200) collate "C";
create index community_unit_path_idx on community (unit_path);
