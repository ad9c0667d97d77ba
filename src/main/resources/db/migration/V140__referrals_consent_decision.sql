-- A draft may wait for a coordinator's consent decision (decision 0028): the status AWAITING_CONSENT_DECISION and the
-- actions ASK_CONSENT_DECISION, OVERRIDE_CONSENT and RETURN_WITH_ADVICE are longer than the 20 characters the status
-- and action columns held. Widening a varchar is the same statement on PostgreSQL and H2.
alter table referral alter column status set data type varchar(30);
alter table referral_transition alter column action set data type varchar(30);
alter table referral_transition alter column from_status set data type varchar(30);
alter table referral_transition alter column to_status set data type varchar(30);
