-- Who does what where (the 3W): an organisation works in a unit, in a sector, for a period. The sector codes are
-- those of org.harambee.partners.Sector. Rows are placed in their unit: unit_id and its materialised path, which
-- partners rewrites when geography moves the unit (UnitMoved).
create table partner_presence (
    id              uuid         not null primary key,
    organisation_id uuid         not null references partner_organisation (id),
    unit_id         uuid         not null,
    unit_path       varchar(1200) not null,
    sector          varchar(40)  not null,
    start_date      date         not null,
    end_date        date,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint partner_presence_period_ck check (end_date is null or end_date >= start_date)
);
create index partner_presence_organisation_idx on partner_presence (organisation_id, unit_id);

-- An organisation's adoption of the community-led approach in one area: invited, agreed, trained, supporting, each
-- step with its date, in that order and never going back (checked by the application, and the dates here).
create table partner_adoption (
    id              uuid          not null primary key,
    organisation_id uuid          not null references partner_organisation (id),
    unit_id         uuid          not null,
    unit_path       varchar(1200) not null,
    step            varchar(20)   not null,
    invited_on      date          not null,
    agreed_on       date,
    trained_on      date,
    supporting_on   date,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint partner_adoption_uq unique (organisation_id, unit_id),
    constraint partner_adoption_order_ck check (
        (agreed_on is null or agreed_on >= invited_on)
        and (trained_on is null or (agreed_on is not null and trained_on >= agreed_on))
        and (supporting_on is null or (trained_on is not null and supporting_on >= trained_on)))
);
