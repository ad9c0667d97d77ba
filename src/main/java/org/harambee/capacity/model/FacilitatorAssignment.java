package org.harambee.capacity.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.capacity.model.AssignmentEvent.AssignmentEnded;
import org.harambee.capacity.model.AssignmentEvent.AssignmentWithdrawn;
import org.harambee.capacity.model.AssignmentEvent.FacilitatorAssigned;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;

/**
 * A facilitator's assignment to a community, and the rules of its life: it starts on a day, open-ended or until a day
 * not before its start; a facilitator holds one open assignment to a community at a time; it is ended by giving its last
 * day, never before its start; and a community's form that drops the facilitator ends it the day before, or withdraws
 * it when it started that very day. Each rule returns the event it yields, holding the assignment as it becomes; a
 * refusal is the 400 with every field problem at once, those the caller found reading the input first.
 */
public record FacilitatorAssignment(
        UUID id, UUID facilitatorId, UUID communityId, LocalDate startsOn, LocalDate endsOn) {

    /** Whether it has no last day yet. */
    public boolean open() {
        return endsOn == null;
    }

    /**
     * Starts an assignment of {@code facilitatorId} to {@code communityId} (null when the community is unknown) on
     * {@code startsOn} until {@code endsOn} (null: open-ended); {@code held} are the facilitator's assignments now, and
     * {@code found} the problems of reading the input, refused with these rules' own.
     */
    public static FacilitatorAssigned start(
            UUID id,
            UUID facilitatorId,
            UUID communityId,
            LocalDate startsOn,
            LocalDate endsOn,
            List<FacilitatorAssignment> held,
            List<FieldProblem> found) {
        List<FieldProblem> problems = new ArrayList<>(found);
        endsNotBeforeStart(startsOn, endsOn, problems);
        if (communityId != null
                && held.stream().anyMatch(a -> a.open() && a.communityId().equals(communityId))) {
            problems.add(new FieldProblem("communityId", "capacity.assignment.duplicate"));
        }
        Inputs.refuseIfAny(problems);
        return new FacilitatorAssigned(new FacilitatorAssignment(id, facilitatorId, communityId, startsOn, endsOn));
    }

    /** Ends it on {@code lastDay}, not before its start ({@code found}: the problems of reading the day). */
    public AssignmentEnded end(LocalDate lastDay, List<FieldProblem> found) {
        List<FieldProblem> problems = new ArrayList<>(found);
        endsNotBeforeStart(startsOn, lastDay, problems);
        Inputs.refuseIfAny(problems);
        return new AssignmentEnded(new FacilitatorAssignment(id, facilitatorId, communityId, startsOn, lastDay));
    }

    /**
     * The community no longer names the facilitator from {@code day}: ended the day before, or withdrawn (as a mistake)
     * when it starts on {@code day} or later.
     */
    public AssignmentEvent leave(LocalDate day) {
        if (startsOn.isBefore(day)) {
            return new AssignmentEnded(
                    new FacilitatorAssignment(id, facilitatorId, communityId, startsOn, day.minusDays(1)));
        }
        return new AssignmentWithdrawn(this, day.minusDays(1));
    }

    private static void endsNotBeforeStart(LocalDate startsOn, LocalDate endsOn, List<FieldProblem> problems) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "capacity.endsOn.beforeStart"));
        }
    }
}
