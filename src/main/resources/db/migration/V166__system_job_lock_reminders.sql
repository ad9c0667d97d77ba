-- The notifications module's daily reminders run one node at a time (system.JobLocks).
insert into system_job_lock (name) values ('notifications.reminders');
