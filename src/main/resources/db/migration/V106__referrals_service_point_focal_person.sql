-- A named, trained focal person of a service point off the platform (it has no officer accounts): what readiness
-- counts for it. One per service point; no child data.
create table referral_service_point_focal_person (
    service_point_id uuid          not null primary key references referral_service_point (id) on delete cascade,
    name             varchar(200)  not null,
    trained_on       date          not null,
    recorded_by      varchar(100)  not null,
    recorded_at      timestamp with time zone not null
);
