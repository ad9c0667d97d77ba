package org.harambee.search;

/** What the search box finds, in the order its groups are shown. */
public enum Kind {
    REFERRAL,
    COMMUNITY,
    ORGANISATION,
    SERVICE_POINT,
    TRAINING,
    AGREEMENT,
    ACCOUNT
}
