package org.harambee.capacity.facilitators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.capacity.model.AssignmentEvent;
import org.harambee.capacity.model.AssignmentEvent.AssignmentEnded;
import org.harambee.capacity.model.AssignmentEvent.FacilitatorAssigned;
import org.harambee.capacity.model.FacilitatorAssignment;
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
 * community's): the service finds the facilitator and the community and reads the input; the rules are {@link
 * FacilitatorAssignment}'s, and what it yields is saved and audited here.
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
        FacilitatorAssigned assigned = FacilitatorAssignment.start(
                Ids.newId(),
                id,
                community == null ? null : communityId,
                startsOn,
                endsOn,
                records.assignments(id),
                problems);
        records.insertAssignment(assigned.assignment(), community.unitId(), community.unitPath());
        audit(assigned, "FACILITATOR_ASSIGNED", community.unitId(), community.unitPath(), "");
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
        AssignmentEnded ended = placed.assignment().end(endsOn, problems);
        records.endAssignment(ended.assignment());
        audit(ended, "FACILITATOR_ASSIGNMENT_ENDED", placed.unitId(), placed.unitPath(), " " + ended.lastDay());
        return reading.get(placed.assignment().facilitatorId(), language);
    }

    /** The audit line of what an assignment's rule yielded, at the community's unit. */
    private void audit(AssignmentEvent event, String action, UUID unitId, String unitPath, String after) {
        FacilitatorAssignment a = event.assignment();
        audit.record(
                action,
                "facilitator",
                a.facilitatorId().toString(),
                unitId,
                unitPath,
                "community " + a.communityId() + after);
    }

    /** The facilitator an assignment belongs to, or 404. */
    @Transactional(readOnly = true)
    public UUID facilitatorOf(UUID assignmentId) {
        return records.assignment(assignmentId)
                .map(p -> p.assignment().facilitatorId())
                .orElseThrow(NotFoundException.of("problem.capacityRecordNotFound"));
    }
}
