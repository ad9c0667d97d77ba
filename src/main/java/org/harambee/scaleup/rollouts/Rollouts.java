package org.harambee.scaleup.rollouts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.ClusterRef;
import org.harambee.communities.Clusters;
import org.harambee.geography.UnitView;
import org.harambee.scaleup.internal.ScaleUpPlaces;
import org.harambee.scaleup.model.Assignment;
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
 * Setting up rollouts and moving clusters between waves ({@code PLAN_SCALE_UP} at the rollout's area). Nothing about
 * a wave changes once it has crossed over: a cluster cannot leave or join a wave whose crossover day has come.
 */
@Service
class Rollouts {

    private static final Inputs INPUTS = Inputs.keyed("scaleup");

    static final int MAX_CLUSTERS = 500;

    record RolloutInput(
            String name,
            String unit,
            UUID planId,
            List<UUID> clusterIds,
            List<UUID> comparisonIds,
            Integer waves,
            String firstCrossover,
            Integer periodMonths,
            Boolean stratifyByDistrict) {}

    record AssignInput(Integer wave) {}

    private final RolloutRecords records;
    private final Clusters clusters;
    private final ScaleUpPlaces places;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Rollouts(
            RolloutRecords records,
            Clusters clusters,
            ScaleUpPlaces places,
            Scopes scopes,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.clusters = clusters;
        this.places = places;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    UUID create(RolloutInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = INPUTS.text("name", input.name(), 200, true, problems);
        UnitView area = places.unit("unit", input.unit(), true, problems);
        List<UUID> ids = distinct(input.clusterIds());
        Set<UUID> comparison = new LinkedHashSet<>(distinct(input.comparisonIds()));
        int waves = INPUTS.number("waves", input.waves(), 1, 24, 0, problems);
        LocalDate first = INPUTS.date("firstCrossover", input.firstCrossover(), true, problems);
        int months = INPUTS.number("periodMonths", input.periodMonths(), 1, 24, 0, problems);
        if (input.waves() == null) {
            problems.add(new FieldProblem("waves", "scaleup.required"));
        }
        if (input.periodMonths() == null) {
            problems.add(new FieldProblem("periodMonths", "scaleup.required"));
        }
        if (input.planId() != null && records.planPath(input.planId()).isEmpty()) {
            problems.add(new FieldProblem("planId", "scaleup.rollout.plan.unknown"));
        }
        if (area != null) {
            scopes.require("unit", Permission.PLAN_SCALE_UP, area.path());
            checkClusters(ids, comparison, area, problems);
        }
        long drawn = ids.stream().filter(id -> !comparison.contains(id)).count();
        if (input.waves() != null && waves >= 1 && drawn > 0 && waves > drawn) {
            problems.add(new FieldProblem("waves", "scaleup.rollout.waves.tooMany", drawn));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var row = new RolloutRecords.Row(
                Ids.newId(),
                name,
                input.planId(),
                area.id(),
                area.path(),
                waves,
                first,
                months,
                Boolean.TRUE.equals(input.stratifyByDistrict()),
                null,
                null,
                null,
                null,
                CurrentUser.name(),
                Instant.now());
        records.insert(row);
        for (UUID cluster : ids) {
            records.insertAssignment(
                    new Assignment(Ids.newId(), row.id(), cluster, comparison.contains(cluster), null, null));
        }
        audit.record(
                "ROLLOUT_CREATED",
                "rollout",
                row.id().toString(),
                area.id(),
                area.path(),
                ids.size() + " cluster(s), " + comparison.size() + " comparison, " + waves + " wave(s)");
        return row.id();
    }

    /** Clusters known, inside the area (and the user's), in no other rollout; comparison ones among them. */
    private void checkClusters(List<UUID> ids, Set<UUID> comparison, UnitView area, List<FieldProblem> problems) {
        if (ids.isEmpty()) {
            problems.add(new FieldProblem("clusterIds", "scaleup.rollout.clusters.required"));
            return;
        }
        if (ids.size() > MAX_CLUSTERS) {
            problems.add(new FieldProblem("clusterIds", "scaleup.rollout.clusters.tooMany", MAX_CLUSTERS));
            return;
        }
        Map<UUID, ClusterRef> found = new HashMap<>();
        clusters.refs(ids).forEach(c -> found.put(c.id(), c));
        Map<UUID, UUID> taken = records.rolloutsOf(ids);
        var scope = scopes.of(Permission.VIEW_PROGRAMME);
        for (int i = 0; i < ids.size(); i++) {
            ClusterRef cluster = found.get(ids.get(i));
            String field = "clusterIds[" + i + "]";
            if (cluster == null) {
                problems.add(new FieldProblem(field, "scaleup.rollout.cluster.unknown"));
            } else if (!scope.covers(cluster.unitPath())) {
                throw new AccessDeniedException("cluster outside the user's scope");
            } else if (!cluster.unitPath().startsWith(area.path())) {
                problems.add(new FieldProblem(field, "scaleup.rollout.cluster.outside", cluster.name(), area.name()));
            } else if (taken.containsKey(cluster.id())) {
                problems.add(new FieldProblem(field, "scaleup.rollout.cluster.taken", cluster.name()));
            }
        }
        if (!ids.containsAll(comparison)) {
            problems.add(new FieldProblem("comparisonIds", "scaleup.rollout.comparison.notInStudy"));
        }
        if (comparison.size() >= ids.size()) {
            problems.add(new FieldProblem("comparisonIds", "scaleup.rollout.comparison.all"));
        }
    }

    /** Moves one cluster to another wave, while neither its wave nor the new one has crossed over. */
    @Transactional
    UUID assign(UUID assignmentId, AssignInput input) {
        Assignment assignment = records.assignment(assignmentId).orElseThrow(NotFoundException.of("scaleup.notFound"));
        RolloutRecords.Row rollout =
                records.find(assignment.rolloutId(), true).orElseThrow(NotFoundException.of("scaleup.notFound"));
        scopes.require(Permission.PLAN_SCALE_UP, rollout.unitPath());
        rollout.rollout().move(assignment, input.wave(), LocalDate.now()).ifPresent(moved -> {
            records.assign(moved);
            audit.record(
                    "ROLLOUT_WAVE_CHANGED",
                    "rollout",
                    rollout.id().toString(),
                    rollout.unitId(),
                    rollout.unitPath(),
                    "cluster " + assignment.clusterId() + ": wave " + assignment.wave() + " → " + moved.wave());
        });
        return rollout.id();
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(
                        ids.stream().filter(Objects::nonNull).toList()));
    }
}
