package org.harambee.scaleup;

import java.time.LocalDate;
import java.util.UUID;

/**
 * When a cluster of a rollout crosses over to the intervention: its wave and the day; a comparison cluster has neither
 * (it does not cross over during the study). A cluster not yet drawn has no wave either.
 */
public record Crossover(UUID clusterId, UUID rolloutId, boolean comparison, Integer wave, LocalDate crossoverOn) {}
