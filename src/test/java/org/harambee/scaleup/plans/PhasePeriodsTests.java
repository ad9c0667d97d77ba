package org.harambee.scaleup.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Phases of one plan do not overlap: each runs from its first to its last day, both included. */
class PhasePeriodsTests {

    static final PhasePeriods.Period FIRST = period("Two districts", "2027-01-01", "2027-06-30");
    static final PhasePeriods.Period SECOND = period("The province", "2027-07-01", "2027-12-31");

    @Test
    void aPhaseStartingTheDayAfterAnotherEndsDoesNotOverlapIt() {
        assertThat(PhasePeriods.overlapping(SECOND, List.of(FIRST))).isEmpty();
    }

    @Test
    void aPhaseSharingOneDayOrHoldingAnotherOverlapsIt() {
        assertThat(PhasePeriods.overlapping(period("Late", "2027-06-30", "2027-08-01"), List.of(SECOND, FIRST)))
                .contains(FIRST);
        assertThat(PhasePeriods.overlapping(period("All year", "2026-12-01", "2028-01-01"), List.of(SECOND, FIRST)))
                .contains(FIRST);
        assertThat(PhasePeriods.overlapping(period("Inside", "2027-08-01", "2027-08-31"), List.of(FIRST, SECOND)))
                .contains(SECOND);
    }

    @Test
    void aPhaseIsNotComparedWithItself() {
        assertThat(PhasePeriods.overlapping(FIRST, List.of(FIRST))).isEmpty();
    }

    private static PhasePeriods.Period period(String name, String from, String to) {
        return new PhasePeriods.Period(UUID.randomUUID(), name, LocalDate.parse(from), LocalDate.parse(to));
    }
}
