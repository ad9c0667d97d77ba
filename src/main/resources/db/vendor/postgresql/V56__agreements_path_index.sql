-- Unit paths compare byte by byte (collation "C"), so that a subtree is a plain index range (docs/decisions/0002).
alter table agreement alter column unit_path type varchar(1200) collate "C";
create index agreement_unit_path_idx on agreement (unit_path);
