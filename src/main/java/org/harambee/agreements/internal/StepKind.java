package org.harambee.agreements.internal;

/** A step of the brokering that leads to an agreement. */
public enum StepKind {
    FIRST_CONTACT,
    MEETING,
    DRAFT_SHARED,
    NEGOTIATION,
    SIGNED,
    OTHER
}
