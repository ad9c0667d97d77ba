-- Unit paths compare byte by byte (collation "C"), so that a subtree is a plain index range (docs/decisions/0002).
alter table scaleup_plan alter column unit_path type varchar(1200) collate "C";
alter table scaleup_phase_unit alter column unit_path type varchar(1200) collate "C";
create index scaleup_plan_unit_path_idx on scaleup_plan (unit_path);
create index scaleup_phase_unit_path_idx on scaleup_phase_unit (unit_path);
