package org.harambee.scaleup.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A phase whose name already says its number is headed by its name alone. */
class PhaseHeadingTests {

    @Test
    void aNameThatSaysTheNumberIsShownAlone() {
        assertThat(phase(1, "Phase 1: two districts").namesItsNumber()).isTrue();
        assertThat(phase(1, "phase 01 – pilot").namesItsNumber()).isTrue();
        assertThat(phase(2, "Awamu 2").namesItsNumber()).isTrue();
    }

    @Test
    void otherNamesAreNumbered() {
        assertThat(phase(1, "Two districts").namesItsNumber()).isFalse();
        assertThat(phase(1, "Phase 12: later").namesItsNumber()).isFalse();
        assertThat(phase(2, "Phase 1: pilot").namesItsNumber()).isFalse();
    }

    private static PlanViews.Phase phase(int ordinal, String name) {
        return new PlanViews.Phase(null, ordinal, name, null, null, List.of(), null, null, null, List.of());
    }
}
