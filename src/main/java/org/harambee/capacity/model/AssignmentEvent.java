package org.harambee.capacity.model;

import java.time.LocalDate;

/** What a {@link FacilitatorAssignment}'s rule yields: the assignment as it becomes, for the caller to save and audit. */
public sealed interface AssignmentEvent {

    FacilitatorAssignment assignment();

    /** The day the assignment is over from the community's point of view: its last day, or the day before withdrawal. */
    LocalDate lastDay();

    /** A facilitator was assigned to a community. */
    record FacilitatorAssigned(FacilitatorAssignment assignment) implements AssignmentEvent {
        @Override
        public LocalDate lastDay() {
            return assignment.endsOn();
        }
    }

    /** An assignment was given its last day. */
    record AssignmentEnded(FacilitatorAssignment assignment) implements AssignmentEvent {
        @Override
        public LocalDate lastDay() {
            return assignment.endsOn();
        }
    }

    /** An assignment that had not begun was withdrawn: the community stopped naming the facilitator after {@code lastDay}. */
    record AssignmentWithdrawn(FacilitatorAssignment assignment, LocalDate lastDay) implements AssignmentEvent {}
}
