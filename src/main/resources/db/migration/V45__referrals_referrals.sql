-- Referrals of a child from a community to a service point. The child's minimal data (age band, sex, disability) and
-- the referral's category, priority and reason are plain; the identifying details (name, birth date, caregiver,
-- contact, address, narrative) are one AES-GCM ciphertext (iv || ciphertext || tag) with the id of the key that
-- sealed it beside it, and the referral id as associated data, so that a ciphertext moved to another row fails to open.
-- Keys come from configuration, never from the database. unit_id/unit_path are the referring community's unit.
create table referral (
    id                       uuid          not null primary key,
    reference                varchar(20)   not null,
    community_id             uuid          not null,
    unit_id                  uuid          not null,
    unit_path                varchar(1200) not null,
    category                 varchar(30),
    priority                 varchar(20)   not null,
    age_band                 varchar(20),
    sex                      varchar(10),
    disability               boolean       not null default false,
    reason                   varchar(500),
    service_point_id         uuid,
    routed_by                varchar(10),
    status                   varchar(20)   not null,
    caregiver_consent        boolean,
    child_assent             boolean,
    consent_scope            varchar(300),
    consent_recorded_at      timestamp with time zone,
    consent_recorded_by      varchar(100),
    consent_override_reason  varchar(1000),
    consent_overridden_by    varchar(100),
    identity_key_id          varchar(40),
    identity_ciphertext      bytea,
    due_at                   timestamp with time zone,
    escalations              integer       not null default 0,
    escalation_exhausted     boolean       not null default false,
    service_provided         boolean,
    feedback_message         varchar(500),
    source                   varchar(10)   not null,
    created_by               varchar(100)  not null,
    created_at               timestamp with time zone not null,
    sent_at                  timestamp with time zone,
    updated_at               timestamp with time zone not null,
    version                  integer       not null default 0,
    constraint referral_reference_uq unique (reference)
);
create index referral_path_idx on referral (unit_path);
create index referral_service_point_idx on referral (service_point_id, status, due_at);
create index referral_created_by_idx on referral (created_by, created_at);
create index referral_due_idx on referral (status, due_at);

-- Every change of status, with who made it and how (an account, a one-time link, the system), and where the
-- referral was at the time; a short message for the referrer travels with officers' transitions.
create table referral_transition (
    id               uuid          not null primary key,
    referral_id      uuid          not null references referral (id),
    action           varchar(20)   not null,
    from_status      varchar(20),
    to_status        varchar(20)   not null,
    service_point_id uuid,
    actor            varchar(100)  not null,
    via              varchar(10)   not null,
    note             varchar(1000),
    at               timestamp with time zone not null
);
create index referral_transition_referral_idx on referral_transition (referral_id, at);

-- One-time links for service points not on the platform: only the SHA-256 digest of the token is kept.
create table referral_link (
    token_hash       varchar(64)   not null primary key,
    referral_id      uuid          not null references referral (id),
    service_point_id uuid          not null,
    created_by       varchar(100)  not null,
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    revoked_at       timestamp with time zone,
    last_used_at     timestamp with time zone
);
create index referral_link_referral_idx on referral_link (referral_id);

-- Notices for people who must act: the district coordinator of an escalated referral, the facilitator of an SMS concern.
create table referral_notice (
    id          uuid          not null primary key,
    username    varchar(64)   not null,
    referral_id uuid          not null references referral (id),
    kind        varchar(30)   not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone
);
create index referral_notice_user_idx on referral_notice (username, read_at);

-- Scheduled jobs take the row of their name FOR UPDATE, so that several nodes run each pass once, one at a time.
create table referral_job_lock (
    name       varchar(40)  not null primary key,
    last_run   timestamp with time zone,
    last_node  varchar(100)
);
insert into referral_job_lock (name) values ('escalation');

-- SMS intake (RapidPro): each payload taken in once, by its run or message id. A payload that could not be taken in
-- waits, encrypted like identifying details, in the dead letters until an administrator replays it.
create table referral_sms_intake (
    idempotency_key varchar(100)  not null primary key,
    referral_id     uuid          references referral (id),
    received_at     timestamp with time zone not null
);
create table referral_sms_dead_letter (
    id              uuid          not null primary key,
    idempotency_key varchar(100),
    error           varchar(500)  not null,
    payload_key_id  varchar(40)   not null,
    payload         bytea         not null,
    received_at     timestamp with time zone not null,
    attempts        integer       not null default 1,
    resolved_at     timestamp with time zone,
    resolved_by     varchar(100),
    referral_id     uuid
);
create index referral_sms_dead_letter_open_idx on referral_sms_dead_letter (resolved_at, received_at);
