package org.harambee.scaleup.rollouts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule of a stepped wedge with k waves: k + 1 periods of equal length, the first (a baseline) ending the day
 * before the first crossover; wave w crosses over at the start of period w and stays in the intervention (one way).
 * Comparison clusters stay in control throughout; clusters not drawn yet have no cells.
 */
final class SteppedWedge {

    enum Cell {
        CONTROL,
        INTERVENTION
    }

    record Period(int index, LocalDate startsOn, LocalDate endsOn) {}

    private SteppedWedge() {}

    static List<Period> periods(LocalDate firstCrossover, int periodMonths, int waves) {
        List<Period> periods = new ArrayList<>();
        for (int p = 0; p <= waves; p++) {
            LocalDate start = firstCrossover.plusMonths((long) (p - 1) * periodMonths);
            periods.add(new Period(p, start, start.plusMonths(periodMonths).minusDays(1)));
        }
        return periods;
    }

    /** The row of a cluster: one cell per period; empty for a cluster without a wave that is not a comparison. */
    static List<Cell> row(Integer wave, boolean comparison, int waves) {
        List<Cell> cells = new ArrayList<>();
        if (!comparison && wave == null) {
            return cells;
        }
        for (int p = 0; p <= waves; p++) {
            cells.add(!comparison && p >= wave ? Cell.INTERVENTION : Cell.CONTROL);
        }
        return cells;
    }
}
