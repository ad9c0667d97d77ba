-- The registered organisation an account belongs to (the partners module's id; no foreign key across modules). The
-- free-text organisation stays for people whose organisation is not registered.
alter table access_user add column organisation_id uuid;
