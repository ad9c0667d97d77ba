package org.harambee.referrals;

/** How soon a service point must answer a referral; the deadlines are configurable (24 h, 72 h, 14 days by default). */
public enum Priority {
    EMERGENCY,
    URGENT,
    NORMAL
}
