package org.harambee.referrals;

/**
 * Where a referral stands. A draft whose caregiver or child said no may wait for a coordinator's consent decision
 * (overridden and sent, or returned to its sender with advice). A sent referral waits for its service point's answer
 * (acknowledged, then accepted or declined) until its deadline; an escalated one waits the same way at the service
 * point one level up.
 */
public enum ReferralStatus {
    DRAFT,
    AWAITING_CONSENT_DECISION,
    SENT,
    ESCALATED,
    ACKNOWLEDGED,
    ACCEPTED,
    DECLINED,
    SERVICE_PROVIDED,
    CLOSED,
    WITHDRAWN;

    /** Still waiting for the service point to accept or decline: the deadline runs. */
    public boolean awaitsAnswer() {
        return this == SENT || this == ESCALATED || this == ACKNOWLEDGED;
    }

    /** Not sent yet: no service point sees it (a draft, or a draft waiting for a consent decision). */
    public boolean beforeSending() {
        return this == DRAFT || this == AWAITING_CONSENT_DECISION;
    }

    /** Nothing more happens to it (a declined referral stays declined; the referrer makes a new one elsewhere). */
    public boolean finished() {
        return this == CLOSED || this == WITHDRAWN || this == DECLINED;
    }
}
