package org.harambee.partners;

/** What kind of organisation a partner is. */
public enum OrganisationKind {
    GOVERNMENT,
    INTERNATIONAL_NGO,
    NATIONAL_NGO,
    COMMUNITY_BASED,
    UN_AGENCY,
    FAITH_BASED
}
