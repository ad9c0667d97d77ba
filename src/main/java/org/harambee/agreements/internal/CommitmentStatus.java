package org.harambee.agreements.internal;

/** Where a commitment stands; an open one past its due date is overdue (derived, never stored). */
public enum CommitmentStatus {
    OPEN,
    DONE,
    DROPPED
}
