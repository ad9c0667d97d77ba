-- Stakeholders and forums by subtree (see the PostgreSQL twin of this file and docs/decisions/0002).
create index partner_stakeholder_path_idx on partner_stakeholder (unit_path);
create index partner_forum_path_idx on partner_forum (unit_path);
