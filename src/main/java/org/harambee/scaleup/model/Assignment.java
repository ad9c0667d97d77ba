package org.harambee.scaleup.model;

import java.util.UUID;

/**
 * A cluster taking part in a rollout: a comparison cluster (never drawn, in control throughout) or one drawn into a
 * wave ({@code wave} null until the draw); {@code stratum} the district it was drawn within, when stratified.
 */
public record Assignment(UUID id, UUID rolloutId, UUID clusterId, boolean comparison, Integer wave, UUID stratum) {

    Assignment inWave(int newWave, UUID newStratum) {
        return new Assignment(id, rolloutId, clusterId, comparison, newWave, newStratum);
    }
}
