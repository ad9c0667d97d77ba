package org.harambee.referrals;

/** The kinds of service a child can be referred to (DOMAIN.md section 3). */
public enum ServiceCategory {
    SOCIAL_WELFARE,
    PSYCHOSOCIAL,
    HEALTH,
    SAFETY_SHELTER,
    LEGAL_JUSTICE,
    EDUCATION,
    FAMILY_TRACING,
    CARE_ARRANGEMENTS,
    LIVELIHOODS,
    DISABILITY
}
