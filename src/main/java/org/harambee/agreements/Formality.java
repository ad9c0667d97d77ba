package org.harambee.agreements;

/** How formal an agreement is, from a signed memorandum to a spoken promise. */
public enum Formality {
    SIGNED_MOU,
    BY_LAW,
    MINUTED,
    VERBAL
}
