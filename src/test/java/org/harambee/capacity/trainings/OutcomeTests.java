package org.harambee.capacity.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who completed a training: held, attended, and passed where there is an assessment. */
class OutcomeTests {

    @Test
    void attendingAHeldTrainingWithoutAssessmentCompletesIt() {
        assertThat(new Outcome(TrainingStatus.HELD, false, 60, true, null).completed())
                .isTrue();
    }

    @Test
    void nobodyCompletesATrainingThatWasNotHeld() {
        assertThat(new Outcome(TrainingStatus.PLANNED, false, 60, true, null).completed())
                .isFalse();
        assertThat(new Outcome(TrainingStatus.CANCELLED, false, 60, true, null).completed())
                .isFalse();
    }

    @Test
    void someoneAbsentOrNotYetMarkedDoesNotComplete() {
        assertThat(new Outcome(TrainingStatus.HELD, false, 60, false, null).completed())
                .isFalse();
        assertThat(new Outcome(TrainingStatus.HELD, false, 60, null, null).completed())
                .isFalse();
    }

    @Test
    void anAssessedTrainingNeedsAScoreAtOrAboveThePassMark() {
        assertThat(new Outcome(TrainingStatus.HELD, true, 60, true, 60).completed())
                .isTrue();
        assertThat(new Outcome(TrainingStatus.HELD, true, 60, true, 59).completed())
                .isFalse();
        assertThat(new Outcome(TrainingStatus.HELD, true, 60, true, null).completed())
                .as("not scored yet")
                .isFalse();
        assertThat(new Outcome(TrainingStatus.HELD, true, 60, true, 59).passed())
                .isFalse();
    }

    @Test
    void withoutAnAssessmentEveryoneHasPassed() {
        assertThat(new Outcome(TrainingStatus.HELD, false, 60, true, null).passed())
                .isTrue();
    }
}
