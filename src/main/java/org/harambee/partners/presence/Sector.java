package org.harambee.partners.presence;

/**
 * The sectors of "who does what where", the one list of them: a new sector is a constant here and its name in the
 * three message files ({@code partners.sector.<CODE>}). Codes are stored, so a constant is never renamed.
 */
public enum Sector {
    CHILD_PROTECTION,
    EDUCATION,
    HEALTH,
    NUTRITION,
    WASH,
    LIVELIHOODS,
    GBV,
    PSYCHOSOCIAL,
    JUSTICE,
    SHELTER,
    BIRTH_REGISTRATION,
    OTHER
}
