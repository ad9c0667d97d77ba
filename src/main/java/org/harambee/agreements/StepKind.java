package org.harambee.agreements;

/** A step of the brokering that leads to an agreement. */
enum StepKind {
    FIRST_CONTACT,
    MEETING,
    DRAFT_SHARED,
    NEGOTIATION,
    SIGNED,
    OTHER
}
