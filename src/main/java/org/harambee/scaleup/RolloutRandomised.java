package org.harambee.scaleup;

import java.util.UUID;

/** The clusters of a rollout were drawn into waves with this seed and algorithm. */
public record RolloutRandomised(UUID rolloutId, UUID unitId, String unitPath, long seed, String algorithm) {}
