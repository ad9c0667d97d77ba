package org.harambee.communities.phases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.harambee.communities.Phase;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

/** The rules of a phase history, without a database: order of phases, dates, reasons. */
class PhaseRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void aCommunityStartsAtEntryAndMovesToTheFollowingPhase() {
        assertThat(PhaseRules.check(null, Phase.ENTRY, TODAY, null, TODAY)).isEmpty();
        for (Phase phase : Phase.values()) {
            if (phase.following() != null) {
                assertThat(PhaseRules.check(at(phase, TODAY), phase.following(), TODAY, null, TODAY))
                        .as(phase + " → " + phase.following())
                        .isEmpty();
            }
        }
    }

    @Test
    void reflectionLeadsBackToActionWithoutAReason() {
        assertThat(PhaseRules.check(at(Phase.REFLECTION, TODAY), Phase.ACTION, TODAY, null, TODAY))
                .isEmpty();
        assertThat(PhaseRules.irregular(Phase.REFLECTION, Phase.ACTION)).isFalse();
    }

    @Test
    void skippingNamesEveryPhaseSkipped() {
        List<FieldProblem> problems = PhaseRules.check(at(Phase.ACTION, TODAY), Phase.PHASE_OUT, TODAY, "", TODAY);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("reason");
            assertThat(p.key()).isEqualTo("communities.phase.reasonForSkipping");
        });
        assertThat(Phase.PHASE_OUT.skippedFrom(Phase.ACTION)).containsExactly(Phase.REFLECTION);
        assertThat(Phase.HARM_SELECTION.skippedFrom(null))
                .containsExactly(Phase.ENTRY, Phase.LEARNING, Phase.FEEDBACK_VALIDATION, Phase.INCLUSIVE_PROCESS);
        assertThat(PhaseRules.check(at(Phase.ACTION, TODAY), Phase.PHASE_OUT, TODAY, "stopped early", TODAY))
                .isEmpty();
        assertThat(PhaseRules.irregular(Phase.ACTION, Phase.PHASE_OUT)).isTrue();
    }

    @Test
    void aStepBackNeedsAReason() {
        assertThat(PhaseRules.check(at(Phase.SUSTAINED, TODAY), Phase.ACTION, TODAY, null, TODAY))
                .extracting(FieldProblem::key)
                .containsExactly("communities.phase.reasonForGoingBack");
        assertThat(PhaseRules.check(at(Phase.PHASE_OUT, TODAY), Phase.REFLECTION, TODAY, null, TODAY))
                .extracting(FieldProblem::key)
                .containsExactly("communities.phase.reasonForGoingBack");
    }

    @Test
    void datesNeitherGoBackwardsNorIntoTheFuture() {
        assertThat(PhaseRules.check(at(Phase.ENTRY, TODAY), Phase.LEARNING, TODAY.minusDays(1), null, TODAY))
                .extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("enteredOn", "communities.phase.beforeLatest"));
        assertThat(PhaseRules.check(null, Phase.ENTRY, TODAY.plusDays(1), null, TODAY))
                .extracting(FieldProblem::key)
                .containsExactly("communities.date.future");
        assertThat(PhaseRules.check(at(Phase.ENTRY, TODAY.minusDays(3)), Phase.LEARNING, TODAY, null, TODAY))
                .isEmpty();
    }

    private static PhaseEntry at(Phase phase, LocalDate on) {
        return new PhaseEntry(1, phase, on, null, null, "amara", Instant.now());
    }
}
