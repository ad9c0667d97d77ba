-- The emergency and child-helpline numbers of an area, shown at once with an emergency referral. Recorded on the
-- pathway of any unit; a place without its own takes each number from the nearest unit above it that has one.
create table referral_emergency_numbers (
    unit_id          uuid          not null primary key,
    unit_path        varchar(1200) not null,
    emergency_number varchar(20),
    helpline_number  varchar(20),
    updated_by       varchar(100)  not null,
    updated_at       timestamp with time zone not null
);
create index referral_emergency_numbers_path_idx on referral_emergency_numbers (unit_path);
