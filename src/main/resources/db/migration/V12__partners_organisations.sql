-- Organisations that support communities. search_name is the lower-cased name, unique, so that the same partner is
-- not registered twice under different capitals.
create table partner_organisation (
    id            uuid         not null primary key,
    name          varchar(200) not null,
    search_name   varchar(200) not null,
    short_name    varchar(40),
    kind          varchar(30)  not null,
    level_depth   int,
    country_pcode varchar(20),
    contact_name  varchar(200),
    contact_email varchar(254),
    contact_phone varchar(40),
    website       varchar(300),
    active        boolean      not null default true,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create unique index partner_organisation_name_uq on partner_organisation (search_name);
