package org.harambee.agreements;

/** Where a commitment stands; an open one past its due date is overdue (derived, never stored). */
enum CommitmentStatus {
    OPEN,
    DONE,
    DROPPED
}
