package org.harambee.communities.clusters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.access.UnitPaths;
import org.harambee.communities.ClusterMembersChanged;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.Partners;
import org.harambee.system.DeploymentZone;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forming and changing clusters ({@code MANAGE_COMMUNITIES} at the cluster's unit): a name, a lead organisation, one
 * or more member communities inside the user's area that belong to no other cluster, and optionally the unit to
 * place the cluster at, which must hold every member.
 */
@Service
class ClusterForming {

    private static final Inputs INPUTS = Inputs.keyed("communities");

    static final int MAX_MEMBERS = 50;

    /** What a user enters; {@code unit} is a P-code, or empty to place the cluster where its members meet. */
    record ClusterInput(String name, UUID leadPartnerId, List<UUID> memberIds, String unit) {}

    private final ClusterRecords records;
    private final ClusterReading reading;
    private final Communities communities;
    private final Geography geography;
    private final Partners partners;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DeploymentZone zone;

    ClusterForming(
            ClusterRecords records,
            ClusterReading reading,
            Communities communities,
            Geography geography,
            Partners partners,
            Scopes scopes,
            AuditTrail audit,
            ApplicationEventPublisher events,
            DeploymentZone zone) {
        this.records = records;
        this.reading = reading;
        this.communities = communities;
        this.geography = geography;
        this.partners = partners;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.zone = zone;
    }

    @Transactional
    ClusterViews.Cluster create(ClusterInput input, String language) {
        ClusterRecords.Row row = checked(null, input, Instant.now());
        records.insert(row);
        members(row.id(), input);
        audit.record("CLUSTER_CREATED", "cluster", row.id().toString(), row.unitId(), row.unitPath(), detail(input));
        return reading.get(row.id(), language);
    }

    @Transactional
    ClusterViews.Cluster update(UUID id, ClusterInput input, String language) {
        ClusterRecords.Row before = records.lock(id).orElseThrow(NotFoundException.of("problem.communityNotFound"));
        scopes.require(Permission.MANAGE_COMMUNITIES, before.unitPath());
        ClusterRecords.Row row = checked(before, input, Instant.now());
        records.update(row);
        members(id, input);
        audit.record("CLUSTER_UPDATED", "cluster", id.toString(), row.unitId(), row.unitPath(), detail(input));
        return reading.get(id, language);
    }

    /** The members from today, kept as who belonged when; who joined and left is told (agreements follow them). */
    private void members(UUID clusterId, ClusterInput input) {
        LocalDate today = zone.today();
        ClusterRecords.MemberChange change = records.replaceMembers(clusterId, members(input), today);
        if (!change.none()) {
            events.publishEvent(
                    new ClusterMembersChanged(Ids.newId(), clusterId, change.joined(), change.left(), today));
        }
    }

    /** The cluster to write, its place computed; problems thrown together, 403 for a unit outside the area. */
    private ClusterRecords.Row checked(ClusterRecords.Row before, ClusterInput input, Instant now) {
        UUID id = before == null ? Ids.newId() : before.id();
        List<FieldProblem> problems = new ArrayList<>();
        String name = INPUTS.text("name", input.name(), 200, true, problems);
        if (name != null && records.nameTaken(name, id)) {
            problems.add(new FieldProblem("name", "clusters.name.taken"));
        }
        OrganisationRef lead = partners.organisation(input.leadPartnerId()).orElse(null);
        if (lead == null) {
            problems.add(new FieldProblem("leadPartnerId", "clusters.lead.required"));
        } else if (!lead.active()) {
            problems.add(new FieldProblem("leadPartnerId", "communities.partner.inactive", lead.label()));
        }
        List<String> memberPaths = memberPaths(id, members(input), problems);
        UnitView chosen = chosen(input.unit(), problems);
        String path = "";
        if (!memberPaths.isEmpty() && memberPaths.size() == members(input).size()) {
            path = ClusterPlacement.place(memberPaths, chosen == null ? null : chosen.path());
            if (path.isEmpty()) {
                problems.add(new FieldProblem("memberIds", "clusters.members.apart"));
            } else if (chosen != null && !path.equals(chosen.path())) {
                problems.add(new FieldProblem("unit", "clusters.unit.notHolding", chosen.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        scopes.require(chosen != null ? "unit" : "memberIds", Permission.MANAGE_COMMUNITIES, path);
        return new ClusterRecords.Row(
                id,
                name,
                lead.id(),
                UnitPaths.unitId(path),
                path,
                chosen != null,
                before == null ? (CurrentUser.name()) : before.createdBy(),
                before == null ? now : before.createdAt(),
                now);
    }

    /**
     * The members' paths; each must be a community that belongs to no other cluster, and that the user may change
     * (403 otherwise).
     */
    private List<String> memberPaths(UUID clusterId, List<UUID> ids, List<FieldProblem> problems) {
        if (ids.isEmpty()) {
            problems.add(new FieldProblem("memberIds", "clusters.members.required"));
            return List.of();
        }
        if (ids.size() > MAX_MEMBERS) {
            problems.add(new FieldProblem("memberIds", "clusters.members.tooMany", MAX_MEMBERS));
            return List.of();
        }
        Scope scope = scopes.of(Permission.MANAGE_COMMUNITIES);
        Map<UUID, CommunityRef> found = new java.util.HashMap<>();
        communities.refs(ids).forEach(c -> found.put(c.id(), c));
        Map<UUID, ClusterRecords.Row> clusters = records.clustersOf(ids);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            CommunityRef community = found.get(ids.get(i));
            ClusterRecords.Row other = clusters.get(ids.get(i));
            if (community == null) {
                problems.add(new FieldProblem("memberIds[" + i + "]", "communities.source.unknown"));
            } else if (!scope.covers(community.unitPath())) {
                throw new AccessDeniedException("member outside the user's scope");
            } else if (other != null && !other.id().equals(clusterId)) {
                problems.add(new FieldProblem(
                        "memberIds[" + i + "]", "clusters.member.taken", community.name(), other.name()));
            } else {
                paths.add(community.unitPath());
            }
        }
        return paths;
    }

    private UnitView chosen(String pcode, List<FieldProblem> problems) {
        String code = Inputs.trimmed(pcode);
        if (code == null) {
            return null;
        }
        UnitView unit = geography.find(code, "en").orElse(null);
        if (unit == null) {
            problems.add(new FieldProblem("unit", "communities.unit.unknown", code));
        }
        return unit;
    }

    private static List<UUID> members(ClusterInput input) {
        return input.memberIds() == null
                ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(input.memberIds().stream()
                        .filter(java.util.Objects::nonNull)
                        .toList()));
    }

    private static String detail(ClusterInput input) {
        return members(input).size() + " member(s)";
    }
}
