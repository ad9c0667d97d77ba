-- The rebuild's steps and a unit's move read the facts' communities by path range (docs/decisions/0002).
create index insight_community_path_idx on insight_community (unit_path);
