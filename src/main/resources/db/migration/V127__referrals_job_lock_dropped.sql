-- The escalation job takes its lock from system.JobLocks (system_job_lock, row 'referrals.escalation', V125).
drop table referral_job_lock;
