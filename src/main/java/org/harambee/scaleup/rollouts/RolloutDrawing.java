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
import org.harambee.communities.Clusters;
import org.harambee.scaleup.RolloutRandomised;
import org.harambee.scaleup.model.Assignment;
import org.harambee.scaleup.model.Rollout;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drawing a rollout's waves at random ({@code PLAN_SCALE_UP} at its area), with {@link Rollout#draw}: the seed given, or a
 * new one, is recorded with the algorithm, so that anyone can draw the same waves again. Refused from the first
 * crossover on, since a wave that has crossed over keeps its clusters.
 */
@Service
class RolloutDrawing {

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
        long seed = input == null || input.seed() == null ? SEEDS.nextLong() : input.seed();
        List<Assignment> assignments = records.assignments(id);
        Map<UUID, String> paths = new HashMap<>();
        clusters.refs(assignments.stream()
                        .filter(a -> !a.comparison())
                        .map(Assignment::clusterId)
                        .toList())
                .forEach(c -> paths.put(c.id(), c.unitPath()));
        Rollout.Draw draw = rollout.rollout().draw(assignments, paths, seed, LocalDate.now());
        draw.assignments().forEach(records::assign);
        RolloutRandomised event = draw.event();
        records.randomised(id, seed, event.algorithm(), CurrentUser.name(), Instant.now());
        audit.record(
                "ROLLOUT_RANDOMISED",
                "rollout",
                id.toString(),
                rollout.unitId(),
                rollout.unitPath(),
                "seed " + seed + ", " + event.algorithm());
        events.publishEvent(event);
        return id;
    }
}
