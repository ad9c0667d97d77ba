package org.harambee.partners.stakeholders;

/**
 * The kinds of stakeholder above communities, the one list of them: a new kind is a constant here and its name in the
 * three message files ({@code partners.stakeholderKind.<CODE>}). Codes are stored, so a constant is never renamed.
 */
public enum StakeholderKind {
    PANCHAYAT,
    CHIEFDOM_COUNCIL,
    WARD_ADMINISTRATION,
    SUB_COUNTY_ADMINISTRATION,
    DISTRICT_CHILD_PROTECTION_COMMITTEE,
    OTHER
}
