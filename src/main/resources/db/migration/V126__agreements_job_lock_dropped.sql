-- The lapse job takes its lock through system.JobLocks (system_job_lock, V125) now.
drop table agreement_job_lock;
