package org.harambee.capacity.facilitators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitators' assignments to communities ({@code MANAGE_TRAININGS} at the facilitator's unit and at the
 * community's): from a day, until a day or open-ended; an open assignment is ended by giving its last day.
 */
@Service
public class Assignments {

    private static final Inputs INPUTS = Inputs.keyed("capacity");

    public record AssignmentInput(String communityId, String startsOn, String endsOn) {}

    public record EndInput(String endsOn) {}

    private final FacilitatorRecords records;
    private final FacilitatorReading reading;
    private final Communities communities;
    private final Scopes scopes;
    private final AuditTrail audit;

    Assignments(
            FacilitatorRecords records,
            FacilitatorReading reading,
            Communities communities,
            Scopes scopes,
            AuditTrail audit) {
        this.records = records;
        this.reading = reading;
        this.communities = communities;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional
    public FacilitatorViews.Facilitator assign(UUID id, AssignmentInput input, String language) {
        FacilitatorRecords.Row facilitator =
                records.find(id).orElseThrow(NotFoundException.of("problem.capacityRecordNotFound"));
        scopes.require(Permission.MANAGE_TRAININGS, facilitator.unitPath());
        List<FieldProblem> problems = new ArrayList<>();
        UUID communityId = INPUTS.id("communityId", input.communityId(), true, problems);
        CommunityRef community =
                communityId == null ? null : communities.find(communityId).orElse(null);
        if (communityId != null && community == null) {
            problems.add(new FieldProblem("communityId", "capacity.community.unknown"));
        } else if (community != null) {
            scopes.require("communityId", Permission.MANAGE_TRAININGS, community.unitPath());
        }
        LocalDate startsOn = INPUTS.date("startsOn", input.startsOn(), true, problems);
        LocalDate endsOn = INPUTS.date("endsOn", input.endsOn(), false, problems);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "capacity.endsOn.beforeStart"));
        }
        if (community != null
                && records.assignments(id).stream()
                        .anyMatch(a -> a.communityId().equals(communityId) && a.endsOn() == null)) {
            problems.add(new FieldProblem("communityId", "capacity.assignment.duplicate"));
        }
        Inputs.refuseIfAny(problems);
        FacilitatorRecords.AssignmentRow row =
                new FacilitatorRecords.AssignmentRow(Ids.newId(), id, communityId, startsOn, endsOn);
        records.insertAssignment(row, community.unitId(), community.unitPath());
        audit.record(
                "FACILITATOR_ASSIGNED",
                "facilitator",
                id.toString(),
                community.unitId(),
                community.unitPath(),
                "community " + communityId);
        return reading.get(facilitator.id(), language);
    }

    /** Ends an assignment on a day not before its start; answers the facilitator. */
    @Transactional
    public FacilitatorViews.Facilitator end(UUID assignmentId, EndInput input, String language) {
        FacilitatorRecords.PlacedAssignment placed =
                records.assignment(assignmentId).orElseThrow(NotFoundException.of("problem.capacityRecordNotFound"));
        scopes.require(Permission.MANAGE_TRAININGS, placed.unitPath());
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate endsOn = INPUTS.date("endsOn", input.endsOn(), true, problems);
        if (endsOn != null && endsOn.isBefore(placed.assignment().startsOn())) {
            problems.add(new FieldProblem("endsOn", "capacity.endsOn.beforeStart"));
        }
        Inputs.refuseIfAny(problems);
        records.endAssignment(assignmentId, endsOn);
        audit.record(
                "FACILITATOR_ASSIGNMENT_ENDED",
                "facilitator",
                placed.assignment().facilitatorId().toString(),
                placed.unitId(),
                placed.unitPath(),
                "community " + placed.assignment().communityId() + " " + endsOn);
        return reading.get(placed.assignment().facilitatorId(), language);
    }

    /** The facilitator an assignment belongs to, or 404. */
    @Transactional(readOnly = true)
    public UUID facilitatorOf(UUID assignmentId) {
        return records.assignment(assignmentId)
                .map(p -> p.assignment().facilitatorId())
                .orElseThrow(NotFoundException.of("problem.capacityRecordNotFound"));
    }
}
