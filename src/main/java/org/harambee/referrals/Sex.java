package org.harambee.referrals;

/** A child's sex as the referrer records it. */
public enum Sex {
    FEMALE,
    MALE,
    NOT_RECORDED
}
