package org.harambee.agreements.internal;

import java.time.LocalDate;

/** Where a commitment stands; an open one past its due date is overdue (derived, never stored). */
public enum CommitmentStatus {
    OPEN,
    DONE,
    DROPPED;

    /** Open with its due date before {@code today}. */
    public boolean overdue(LocalDate dueOn, LocalDate today) {
        return this == OPEN && dueOn != null && dueOn.isBefore(today);
    }
}
