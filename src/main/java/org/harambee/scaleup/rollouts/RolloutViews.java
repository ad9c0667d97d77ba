package org.harambee.scaleup.rollouts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.scaleup.internal.ScaleUpPlaces.Place;

/** What the pages and the API show of rollouts, their assignments and their stepped-wedge grid. */
final class RolloutViews {

    private RolloutViews() {}

    record Summary(
            UUID id, String name, Place unit, int clusterCount, int waves, LocalDate firstCrossover, boolean drawn) {}

    record Rollout(
            UUID id,
            String name,
            UUID planId,
            Place unit,
            int waves,
            LocalDate firstCrossover,
            int periodMonths,
            boolean stratifyByDistrict,
            Long seed,
            String algorithm,
            String randomisedBy,
            Instant randomisedAt,
            List<Assignment> assignments) {

        public boolean drawn() {
            return randomisedAt != null;
        }
    }

    /** A cluster's place in the study: its wave and crossover day, or the comparison flag. */
    record Assignment(
            UUID id,
            UUID clusterId,
            String clusterName,
            boolean comparison,
            Integer wave,
            LocalDate crossoverOn,
            UUID stratum) {}

    /** Rows are clusters (by wave, then name; comparison clusters last), columns are periods. */
    record Grid(List<SteppedWedge.Period> periods, List<GridRow> rows) {}

    record GridRow(
            UUID assignmentId,
            UUID clusterId,
            String clusterName,
            boolean comparison,
            Integer wave,
            LocalDate crossoverOn,
            List<SteppedWedge.Cell> cells) {}
}
