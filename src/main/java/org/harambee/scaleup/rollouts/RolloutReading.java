package org.harambee.scaleup.rollouts;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.communities.ClusterRef;
import org.harambee.communities.Clusters;
import org.harambee.scaleup.internal.ScaleUpPlaces;
import org.harambee.scaleup.internal.ScaleUpPlaces.Place;
import org.harambee.scaleup.model.Assignment;
import org.harambee.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading rollouts placed inside the reader's area ({@code VIEW_PROGRAMME}), their assignments and grid. */
@Service
@Transactional(readOnly = true)
class RolloutReading {

    private final RolloutRecords records;
    private final Clusters clusters;
    private final ScaleUpPlaces places;
    private final Scopes scopes;

    RolloutReading(RolloutRecords records, Clusters clusters, ScaleUpPlaces places, Scopes scopes) {
        this.records = records;
        this.clusters = clusters;
        this.places = places;
        this.scopes = scopes;
    }

    RolloutRecords.Row row(UUID id) {
        RolloutRecords.Row row = records.find(id, false).orElseThrow(NotFoundException.of("scaleup.notFound"));
        scopes.require(Permission.VIEW_PROGRAMME, row.unitPath());
        return row;
    }

    List<RolloutViews.Summary> list(String unit, String language) {
        Scope scope = scopes.of(Permission.VIEW_PROGRAMME);
        List<RolloutRecords.Row> rows = records.list(scope, places.area("unit", unit, scope));
        Map<UUID, Place> units =
                places.byIds(rows.stream().map(RolloutRecords.Row::unitId).toList(), language);
        return rows.stream()
                .map(r -> new RolloutViews.Summary(
                        r.id(),
                        r.name(),
                        units.get(r.unitId()),
                        records.assignments(r.id()).size(),
                        r.waves(),
                        r.firstCrossover(),
                        r.randomisedAt() != null))
                .toList();
    }

    RolloutViews.Rollout get(UUID id, String language) {
        RolloutRecords.Row row = row(id);
        return new RolloutViews.Rollout(
                row.id(),
                row.name(),
                row.planId(),
                places.byIds(List.of(row.unitId()), language).get(row.unitId()),
                row.waves(),
                row.firstCrossover(),
                row.periodMonths(),
                row.stratified(),
                row.seed(),
                row.algorithm(),
                row.randomisedBy(),
                row.randomisedAt(),
                assignments(row));
    }

    /** The assignments by wave, then cluster name; comparison clusters last. */
    List<RolloutViews.Assignment> assignments(RolloutRecords.Row row) {
        List<Assignment> assignments = records.assignments(row.id());
        Map<UUID, String> names = new HashMap<>();
        clusters.refs(assignments.stream().map(Assignment::clusterId).toList())
                .forEach(c -> names.put(c.id(), c.name()));
        return assignments.stream()
                .map(a -> new RolloutViews.Assignment(
                        a.id(),
                        a.clusterId(),
                        names.get(a.clusterId()),
                        a.comparison(),
                        a.wave(),
                        a.wave() == null || a.comparison()
                                ? null
                                : row.rollout().crossover(a.wave()),
                        a.stratum()))
                .sorted(Comparator.comparing(RolloutViews.Assignment::comparison)
                        .thenComparing(a -> a.wave() == null ? Integer.MAX_VALUE : a.wave())
                        .thenComparing(a -> a.clusterName() == null ? "" : a.clusterName()))
                .toList();
    }

    RolloutViews.Grid grid(UUID id) {
        RolloutRecords.Row row = row(id);
        return new RolloutViews.Grid(
                SteppedWedge.periods(row.firstCrossover(), row.periodMonths(), row.waves()),
                assignments(row).stream()
                        .map(a -> new RolloutViews.GridRow(
                                a.id(),
                                a.clusterId(),
                                a.clusterName(),
                                a.comparison(),
                                a.wave(),
                                a.crossoverOn(),
                                SteppedWedge.row(a.wave(), a.comparison(), row.waves())))
                        .toList());
    }

    /** Clusters the user may put in a rollout of the area at {@code areaPath}, by name. */
    List<ClusterRef> candidates(String areaPath) {
        return clusters.within(scopes.of(Permission.PLAN_SCALE_UP), areaPath);
    }
}
