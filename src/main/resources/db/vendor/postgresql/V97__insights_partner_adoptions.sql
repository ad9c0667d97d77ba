-- Each adoption as the insights facts know it (from the partners events): the organisation, the unit's path and the
-- first dates it counts from; a unit's partner counts are recomputed from these when a boundary import moves a unit.
-- Paths compare byte by byte (docs/decisions/0002). Filled from the adoptions already recorded.
create table insight_partner_adoption (
    adoption_id     uuid                       not null primary key,
    organisation_id uuid                       not null,
    unit_path       varchar(1200) collate "C"  not null,
    invited_on      date,
    supporting_on   date
);
create index insight_partner_adoption_path_idx on insight_partner_adoption (unit_path);
insert into insight_partner_adoption (adoption_id, organisation_id, unit_path, invited_on, supporting_on)
    select id, organisation_id, unit_path, invited_on, supporting_on from partner_adoption;
