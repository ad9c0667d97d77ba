-- Named locks of scheduled jobs (system.JobLocks): a pass locks its job's row (select ... for update) so that on
-- several nodes one runs at a time, and notes when and where it last ran. They replace the agreements module's
-- agreement_job_lock (dropped in V126); referrals' escalation moves here from referral_job_lock next.
create table system_job_lock (
    name        varchar(60) not null primary key,
    last_run_at timestamp with time zone,
    last_node   varchar(100)
);
insert into system_job_lock (name) values ('agreements.lapse');
insert into system_job_lock (name) values ('referrals.escalation');
