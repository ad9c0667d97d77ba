package org.harambee.scaleup.rollouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.scaleup.rollouts.SteppedWedge.Cell.CONTROL;
import static org.harambee.scaleup.rollouts.SteppedWedge.Cell.INTERVENTION;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stepped-wedge schedule: one baseline period, then one wave crossing over at the start of each period. */
class SteppedWedgeTests {

    static final LocalDate FIRST = LocalDate.of(2027, 1, 1);

    @Test
    void fourWavesGiveFivePeriodsOfTheGivenLengthTheFirstEndingBeforeTheFirstCrossover() {
        List<SteppedWedge.Period> periods = SteppedWedge.periods(FIRST, 3, 4);

        assertThat(periods).hasSize(5);
        assertThat(periods.get(0))
                .isEqualTo(new SteppedWedge.Period(0, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(periods.get(4))
                .isEqualTo(new SteppedWedge.Period(4, LocalDate.of(2027, 10, 1), LocalDate.of(2027, 12, 31)));
    }

    @Test
    void aWaveCrossesOverAtTheStartOfItsPeriodAndStays() {
        assertThat(SteppedWedge.row(1, false, 4))
                .containsExactly(CONTROL, INTERVENTION, INTERVENTION, INTERVENTION, INTERVENTION);
        assertThat(SteppedWedge.row(3, false, 4))
                .containsExactly(CONTROL, CONTROL, CONTROL, INTERVENTION, INTERVENTION);
    }

    @Test
    void aComparisonClusterStaysInControlAndAClusterNotDrawnHasNoCells() {
        assertThat(SteppedWedge.row(null, true, 4)).containsOnly(CONTROL).hasSize(5);
        assertThat(SteppedWedge.row(null, false, 4)).isEmpty();
    }
}
