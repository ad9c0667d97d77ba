-- Consecutive failed sign-ins and, after five of them, until when the account refuses every password.
alter table access_user add column failed_logins int not null default 0;
alter table access_user add column locked_until timestamp with time zone;
