-- The sent referrals of the communities of a rebuild step, with what their transitions tell (first answer on time,
-- service within 30 days, closed, answered, reached), each read once for the step's many referral measures.
create table insight_rebuild_referral (
    referral_id uuid not null primary key,
    community_id uuid not null,
    sent_month date not null,
    priority varchar(20) not null,
    category varchar(30),
    consented boolean not null,
    on_time boolean not null,
    completed boolean not null,
    closed boolean not null,
    answered boolean not null,
    reached boolean not null
);
