package org.harambee.referrals;

/** A child's age as referrals record it: a band, never the exact birth date (that one is sealed). */
public enum AgeBand {
    UNDER_5,
    AGE_5_9,
    AGE_10_14,
    AGE_15_17
}
