-- Unit paths compare byte by byte (collation "C"), so that a subtree is a plain index range (docs/decisions/0002).
alter table scaleup_rollout alter column unit_path type varchar(1200) collate "C";
alter table scaleup_event alter column unit_path type varchar(1200) collate "C";
create index scaleup_rollout_unit_path_idx on scaleup_rollout (unit_path);
create index scaleup_event_unit_path_idx on scaleup_event (unit_path, occurred_on);
