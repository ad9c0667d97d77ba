package org.harambee.agreements;

/** Where an agreement stands. One that passes its review date without a review lapses. */
public enum AgreementStatus {
    DRAFT,
    IN_FORCE,
    LAPSED,
    ENDED
}
