-- One record of a facilitator (decision 0032): the names a community kept as text (community_facilitator) become
-- people of the register with an assignment to the community from the day it was registered. A name is the person
-- of the register with the same case-folded name placed in the community's district (the unit path's first three
-- units: country, province, district), else a person registered now at the community's unit, whose sex is not
-- known yet. The same name twice in one district is one person. This is the one migration that reads another
-- module's tables (TableOwnershipTests lists it); V161 drops community_facilitator afterwards.
create table capacity_named_facilitator (
    community_id     uuid          not null,
    position         int           not null,
    name             varchar(200)  not null,
    search_name      varchar(200)  not null,
    inside_community boolean       not null,
    unit_id          uuid          not null,
    unit_path        varchar(1200) not null,
    district_path    varchar(1200) not null,
    registered_on    date          not null,
    new_id           uuid          not null,
    facilitator_id   uuid,
    primary key (community_id, position)
);

-- a path is '/' then one 36-character id and '/' per unit: the district's path is its first 1 + 3 * 37 characters
insert into capacity_named_facilitator (community_id, position, name, search_name, inside_community, unit_id,
                                        unit_path, district_path, registered_on, new_id)
select cf.community_id, cf.position, trim(cf.name), lower(trim(cf.name)), cf.from_community, c.unit_id, c.unit_path,
       substr(c.unit_path, 1, 112), cast(c.created_at as date), gen_random_uuid()
from community_facilitator cf
join community c on c.id = cf.community_id
where trim(cf.name) <> '';

-- a person already in the register: an active one first, then the one registered first
update capacity_named_facilitator n set facilitator_id = (
    select f.id from capacity_facilitator f
    where f.search_name = n.search_name and f.unit_path like n.district_path || '%'
    order by case when f.active then 0 else 1 end, f.created_at, f.id
    limit 1);

-- otherwise one new person per name and district: the one first named (by community, then position) gives the id
update capacity_named_facilitator n set facilitator_id = (
    select m.new_id from capacity_named_facilitator m
    where m.search_name = n.search_name and m.district_path = n.district_path
    order by m.registered_on, m.community_id, m.position
    limit 1)
where n.facilitator_id is null;

insert into capacity_facilitator (id, name, search_name, sex, inside_community, unit_id, unit_path, active,
                                  created_by, created_at, updated_at)
select n.new_id, n.name, n.search_name, 'UNKNOWN', n.inside_community, n.unit_id, n.unit_path, true, 'migration',
       current_timestamp, current_timestamp
from capacity_named_facilitator n
where n.facilitator_id = n.new_id;

-- an assignment from the community's registration, unless the person is assigned to it already on that day or later
insert into capacity_assignment (id, facilitator_id, community_id, unit_id, unit_path, starts_on, created_by,
                                 created_at)
select gen_random_uuid(), n.facilitator_id, n.community_id, n.unit_id, n.unit_path, min(n.registered_on),
       'migration', current_timestamp
from capacity_named_facilitator n
where not exists (
    select 1 from capacity_assignment a
    where a.facilitator_id = n.facilitator_id and a.community_id = n.community_id
      and (a.ends_on is null or a.ends_on >= n.registered_on))
group by n.facilitator_id, n.community_id, n.unit_id, n.unit_path;

drop table capacity_named_facilitator;
