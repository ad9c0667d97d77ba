package org.harambee.insights.research;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of a stepped-wedge rollout: for the adopting clusters, the mean monthly uptake before and after their
 * crossover; for the comparison clusters, the mean over the same calendar months, each month weighted by how many
 * adopting clusters were before (or after) crossover in it, so that both arms cover the same time.
 */
final class SteppedWedgeSummary {

    private SteppedWedgeSummary() {}

    static SteppedWedgeViews.Summary of(List<SteppedWedgeViews.ClusterRow> clusters) {
        double[] before = new double[2];
        double[] after = new double[2];
        Map<String, int[]> weights = new HashMap<>();
        Map<String, double[]> comparison = new HashMap<>();
        for (SteppedWedgeViews.ClusterRow row : clusters) {
            boolean adopting = !row.comparison() && row.crossoverOn() != null;
            for (SteppedWedgeViews.Cell cell : row.cells()) {
                if (adopting) {
                    weights.computeIfAbsent(cell.period(), p -> new int[2])[cell.exposed() ? 1 : 0]++;
                    if (cell.uptake() != null) {
                        add(cell.exposed() ? after : before, cell.uptake(), 1);
                    }
                } else if (row.comparison() && cell.uptake() != null) {
                    add(comparison.computeIfAbsent(cell.period(), p -> new double[2]), cell.uptake(), 1);
                }
            }
        }
        double[] comparisonBefore = new double[2];
        double[] comparisonAfter = new double[2];
        comparison.forEach((month, sum) -> {
            int[] w = weights.getOrDefault(month, new int[2]);
            double mean = sum[0] / sum[1];
            add(comparisonBefore, mean * w[0], w[0]);
            add(comparisonAfter, mean * w[1], w[1]);
        });
        Double adoptingBefore = mean(before);
        Double adoptingAfter = mean(after);
        Double compBefore = mean(comparisonBefore);
        Double compAfter = mean(comparisonAfter);
        Double did = adoptingBefore == null || adoptingAfter == null || compBefore == null || compAfter == null
                ? null
                : (adoptingAfter - adoptingBefore) - (compAfter - compBefore);
        return new SteppedWedgeViews.Summary(adoptingBefore, adoptingAfter, compBefore, compAfter, did);
    }

    private static void add(double[] sum, double value, double weight) {
        sum[0] += value;
        sum[1] += weight;
    }

    private static Double mean(double[] sum) {
        return sum[1] == 0 ? null : sum[0] / sum[1];
    }
}
