-- Partner records by subtree (see the PostgreSQL twin of this file and docs/decisions/0002).
create index partner_presence_path_idx on partner_presence (unit_path);
create index partner_adoption_path_idx on partner_adoption (unit_path);
