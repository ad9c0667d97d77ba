package org.harambee.capacity.facilitators;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.capacity.model.AssignmentEvent;
import org.harambee.capacity.model.AssignmentEvent.AssignmentWithdrawn;
import org.harambee.capacity.model.FacilitatorAssignment;
import org.harambee.communities.CommunityFacilitators;
import org.harambee.communities.CommunityRef;
import org.harambee.system.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register answering the communities module (decision 0032): the names given on a community's form or in its API
 * become assignments of people of the register, found by name in the community's district or registered then, so
 * that the community page, the offline app, readiness and the home pages count one set of people.
 */
@Service
class CommunityAssignments implements CommunityFacilitators {

    /** The depth of a district in a unit path (0 is the country, 1 the province). */
    static final int DISTRICT_DEPTH = 2;

    /** The sex of a person named on a community, until someone records it in the register. */
    static final String SEX_UNKNOWN = "UNKNOWN";

    private final CommunityAssignmentRecords assigned;
    private final FacilitatorRecords records;
    private final AuditTrail audit;

    CommunityAssignments(CommunityAssignmentRecords assigned, FacilitatorRecords records, AuditTrail audit) {
        this.assigned = assigned;
        this.records = records;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssignedFacilitator> of(UUID communityId, LocalDate day) {
        return assigned.of(communityId, day).stream()
                .map(a -> new AssignedFacilitator(
                        a.facilitatorId(), a.name(), a.insideCommunity(), a.trained(), a.unitPath()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<String>> names(Collection<UUID> communityIds, LocalDate day) {
        return assigned.names(communityIds, day);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> communitiesOf(UUID facilitatorId, LocalDate day) {
        return assigned.communitiesOf(facilitatorId, day);
    }

    @Override
    @Transactional
    public void assign(CommunityRef community, List<NamedFacilitator> named, LocalDate day) {
        Map<String, NamedFacilitator> wanted = new LinkedHashMap<>();
        named.forEach(n -> wanted.putIfAbsent(CommunityAssignmentRecords.fold(n.name()), n));
        List<CommunityAssignmentRecords.Assigned> current = assigned.of(community.id(), day);
        Set<String> kept = current.stream()
                .map(CommunityAssignmentRecords.Assigned::folded)
                .filter(wanted::containsKey)
                .collect(Collectors.toSet());
        for (CommunityAssignmentRecords.Assigned a : current) {
            NamedFacilitator n = wanted.get(a.folded());
            if (n == null) {
                end(community, a, day);
            } else if (n.insideCommunity() != a.insideCommunity()) {
                assigned.setInside(a.facilitatorId(), n.insideCommunity());
                audit.record(
                        "FACILITATOR_UPDATED",
                        "facilitator",
                        a.facilitatorId().toString(),
                        community.unitId(),
                        community.unitPath(),
                        "community " + community.id());
            }
        }
        wanted.forEach((folded, n) -> {
            if (!kept.contains(folded)) {
                UUID person =
                        assigned.samePerson(n.name(), community.unitPath()).orElseGet(() -> register(community, n));
                records.insertAssignment(
                        new FacilitatorAssignment(Ids.newId(), person, community.id(), day, null),
                        community.unitId(),
                        community.unitPath());
                audit.record(
                        "FACILITATOR_ASSIGNED",
                        "facilitator",
                        person.toString(),
                        community.unitId(),
                        community.unitPath(),
                        "community " + community.id());
            }
        });
    }

    private UUID register(CommunityRef community, NamedFacilitator n) {
        FacilitatorRecords.Row row = new FacilitatorRecords.Row(
                Ids.newId(),
                n.name().trim(),
                SEX_UNKNOWN,
                n.insideCommunity(),
                null,
                null,
                null,
                community.unitId(),
                community.unitPath(),
                true);
        records.insert(row);
        audit.record(
                "FACILITATOR_CREATED",
                "facilitator",
                row.id().toString(),
                row.unitId(),
                row.unitPath(),
                "community " + community.id());
        return row.id();
    }

    /** Ends the day before {@code day}; an assignment that starts on {@code day} was a mistake and is withdrawn. */
    private void end(CommunityRef community, CommunityAssignmentRecords.Assigned a, LocalDate day) {
        AssignmentEvent left = new FacilitatorAssignment(
                        a.assignmentId(), a.facilitatorId(), community.id(), a.startsOn(), null)
                .leave(day);
        if (left instanceof AssignmentWithdrawn) {
            assigned.withdraw(a.assignmentId());
        } else {
            records.endAssignment(left.assignment());
        }
        audit.record(
                "FACILITATOR_ASSIGNMENT_ENDED",
                "facilitator",
                a.facilitatorId().toString(),
                community.unitId(),
                community.unitPath(),
                "community " + community.id() + " " + left.lastDay());
    }
}
