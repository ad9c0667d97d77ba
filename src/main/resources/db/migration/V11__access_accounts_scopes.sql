-- Account details that administrators keep, a password the holder must change at the next sign-in (after a reset
-- or on a new account), and a pending request for a reset (shown to administrators; nobody is told whether it exists).
alter table access_user add column email varchar(254);
alter table access_user add column phone varchar(40);
alter table access_user add column organisation varchar(200);
alter table access_user add column password_change_required boolean not null default false;
alter table access_user add column reset_requested_at timestamp with time zone;
alter table access_user add column updated_at timestamp with time zone;

-- The units where a role assignment applies; each covers the unit's whole subtree. A role other than administrator
-- with no unit applies nowhere (deny by default). Units are kept by id: the geography module resolves their current
-- path on every check, so that a boundary move never leaves a stale scope behind.
create table access_role_scope (
    user_id uuid        not null,
    role    varchar(40) not null,
    unit_id uuid        not null,
    primary key (user_id, role, unit_id),
    foreign key (user_id, role) references access_user_role (user_id, role) on delete cascade
);
create index access_role_scope_unit_idx on access_role_scope (unit_id);
