package org.harambee.referrals;

/**
 * Where a referral stands. A sent referral waits for its service point's answer (acknowledged, then accepted or
 * declined) until its deadline; an escalated one waits the same way at the service point one level up.
 */
public enum ReferralStatus {
    DRAFT,
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

    /** Nothing more happens to it (a declined referral stays declined; the referrer makes a new one elsewhere). */
    public boolean finished() {
        return this == CLOSED || this == WITHDRAWN || this == DECLINED;
    }
}
