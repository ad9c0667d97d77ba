package org.harambee.capacity.trainings;

/** Where a training stands: planned, held (its participants may complete it) or cancelled. */
public enum TrainingStatus {
    PLANNED,
    HELD,
    CANCELLED
}
