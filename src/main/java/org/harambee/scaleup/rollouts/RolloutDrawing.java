package org.harambee.scaleup.rollouts;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.access.UnitPaths;
import org.harambee.communities.Clusters;
import org.harambee.scaleup.RolloutRandomised;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drawing a rollout's waves at random ({@code PLAN_SCALE_UP} at its area), with {@link WaveDraw}: the seed given, or a
 * new one, is recorded with the algorithm, so that anyone can draw the same waves again. Refused from the first
 * crossover on, since a wave that has crossed over keeps its clusters.
 */
@Service
class RolloutDrawing {

    static final int DISTRICT_DEPTH = 2;

    record DrawInput(Long seed) {}

    private static final SecureRandom SEEDS = new SecureRandom();

    private final RolloutRecords records;
    private final Clusters clusters;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    RolloutDrawing(
            RolloutRecords records,
            Clusters clusters,
            Scopes scopes,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.clusters = clusters;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
    }

    /** Draws the waves, with the seed given or a new one (recorded either way); refused from the first crossover on. */
    @Transactional
    UUID draw(UUID id, DrawInput input) {
        RolloutRecords.Row rollout = records.find(id, true).orElseThrow(NotFoundException.of("scaleup.notFound"));
        scopes.require(Permission.PLAN_SCALE_UP, rollout.unitPath());
        if (!LocalDate.now().isBefore(rollout.firstCrossover())) {
            throw new InvalidInputException(List.of(new FieldProblem(
                    "seed",
                    "scaleup.rollout.drawAfterCrossover",
                    rollout.firstCrossover().toString())));
        }
        long seed = input == null || input.seed() == null ? SEEDS.nextLong() : input.seed();
        List<RolloutRecords.Assignment> assignments =
                records.assignments(id).stream().filter(a -> !a.comparison()).toList();
        Map<UUID, String> paths = new HashMap<>();
        clusters.refs(assignments.stream()
                        .map(RolloutRecords.Assignment::clusterId)
                        .toList())
                .forEach(c -> paths.put(c.id(), c.unitPath()));
        List<WaveDraw.Candidate> candidates = assignments.stream()
                .map(a -> new WaveDraw.Candidate(a.clusterId(), stratum(rollout, paths.get(a.clusterId()))))
                .toList();
        Map<UUID, UUID> byCluster = new HashMap<>();
        assignments.forEach(a -> byCluster.put(a.clusterId(), a.id()));
        for (WaveDraw.Drawn d : WaveDraw.draw(candidates, rollout.waves(), seed)) {
            records.assign(byCluster.get(d.clusterId()), d.wave(), d.stratum());
        }
        Instant now = Instant.now();
        records.randomised(id, seed, WaveDraw.ALGORITHM, CurrentUser.name(), now);
        audit.record(
                "ROLLOUT_RANDOMISED",
                "rollout",
                id.toString(),
                rollout.unitId(),
                rollout.unitPath(),
                "seed " + seed + ", " + WaveDraw.ALGORITHM);
        events.publishEvent(new RolloutRandomised(id, rollout.unitId(), rollout.unitPath(), seed, WaveDraw.ALGORITHM));
        return id;
    }

    /** The district a cluster lies in (its own unit when placed above districts); null when not stratified. */
    private static UUID stratum(RolloutRecords.Row rollout, String clusterPath) {
        if (!rollout.stratified() || clusterPath == null) {
            return null;
        }
        String district = UnitPaths.ancestor(clusterPath, DISTRICT_DEPTH);
        String trimmed = district.substring(0, district.length() - 1);
        return UUID.fromString(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }
}
