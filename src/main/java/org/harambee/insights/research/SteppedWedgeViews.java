package org.harambee.insights.research;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The stepped-wedge table of the rollouts under a unit, as pages, the API and the CSV file show it. */
public final class SteppedWedgeViews {

    private SteppedWedgeViews() {}

    /**
     * One cluster in one month: exposed from the month of its crossover on; months since crossover (negative before,
     * null for a cluster that does not cross over); referrals sent, children living in its communities (null when
     * unknown or hidden) and uptake (per 1,000 children when the rollout's populations are known, otherwise the
     * count; null when hidden).
     */
    public record Cell(
            String period,
            boolean exposed,
            Integer monthsSinceCrossover,
            Long referrals,
            Long children,
            Double uptake) {}

    /** A cluster of a rollout, its wave (null for comparison or not drawn) and its months. */
    public record ClusterRow(
            UUID clusterId,
            String cluster,
            Integer wave,
            boolean comparison,
            LocalDate crossoverOn,
            List<Cell> cells) {}

    /**
     * Mean monthly uptake of the adopting clusters before and after their crossover, and of the comparison clusters
     * over the same calendar months (weighted as the adopting cluster-months are); the difference in differences.
     * Hidden cells are left out of every mean. Null where there is nothing to average.
     */
    public record Summary(
            Double adoptingBefore,
            Double adoptingAfter,
            Double comparisonBefore,
            Double comparisonAfter,
            Double differenceInDifferences) {}

    /** A rollout with its clusters, months and summary. */
    public record Rollout(
            UUID id,
            String name,
            boolean perThousand,
            List<String> months,
            List<ClusterRow> clusters,
            Summary summary) {}

    /** Every rollout with a cluster under the unit; {@code exact} false when small counts are hidden. */
    public record Table(String pcode, String unitName, boolean exact, int threshold, List<Rollout> rollouts) {}
}
