package org.harambee.scaleup.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.scaleup.PhaseStarted;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class ScaleUpPlanTests {

    static final UUID PLAN = UUID.randomUUID();
    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    static final Phase FIRST = phase("Two districts", "2027-01-01", "2027-06-30");
    static final Phase SECOND = phase("The province", "2027-07-01", "2027-12-31");
    static final List<UUID> UNITS = List.of(UUID.randomUUID(), UUID.randomUUID());

    static ScaleUpPlan plan(Phase... phases) {
        return new ScaleUpPlan(PLAN, UUID.randomUUID(), "/zz/p1/", List.of(phases));
    }

    @Test
    void phasesAreInTheOrderOfTheirFirstDays() {
        assertThat(plan(SECOND, FIRST).phases()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aPhaseIsAddedWhenItsPeriodOverlapsNoOther() {
        UUID id = UUID.randomUUID();

        Phase added = plan(FIRST).addPhase(id, " The province ", "2027-07-01", "2027-12-31", List.of());

        assertThat(added)
                .isEqualTo(new Phase(
                        id,
                        PLAN,
                        "The province",
                        LocalDate.of(2027, 7, 1),
                        LocalDate.of(2027, 12, 31),
                        null,
                        null,
                        null));
        assertThat(added.started()).isFalse();
    }

    @Test
    void aPhaseEndingBeforeItStartsIsRefused() {
        assertThat(refusal(() -> plan().addPhase(UUID.randomUUID(), "Back", "2027-07-01", "2027-06-30", List.of())))
                .containsExactly("endsOn:scaleup.phase.endsBeforeStart");
    }

    @Test
    void aPhaseOverlappingAnotherIsRefusedNamingTheFirstItOverlaps() {
        assertThat(refusal(() ->
                        plan(SECOND, FIRST).addPhase(UUID.randomUUID(), "Late", "2027-06-30", "2027-08-01", List.of())))
                .containsExactly("startsOn:scaleup.phase.overlaps");
        assertThat(plan(SECOND, FIRST).overlapping(phase("All year", "2026-12-01", "2028-01-01")))
                .contains(FIRST);
        assertThat(plan(FIRST, SECOND).overlapping(phase("Inside", "2027-08-01", "2027-08-31")))
                .contains(SECOND);
        assertThat(plan(FIRST).overlapping(FIRST))
                .as("a phase does not overlap itself")
                .isEmpty();
    }

    @Test
    void everyProblemOfANewPhaseIsNamedAtOnceWithThoseOfItsUnits() {
        assertThat(refusal(() -> plan().addPhase(
                                UUID.randomUUID(),
                                " ",
                                "soon",
                                null,
                                List.of(new FieldProblem("units", "scaleup.phase.units.required")))))
                .containsExactly(
                        "name:scaleup.required",
                        "startsOn:scaleup.date.invalid",
                        "endsOn:scaleup.date.required",
                        "units:scaleup.phase.units.required");
    }

    @Test
    void aPhaseWhoseGatePassesStartsWithoutAReasonAndSaysSo() {
        ScaleUpPlan.Start start =
                plan(FIRST, SECOND).start(SECOND.id(), "2027-03-01", "kept?", true, false, UNITS, "planner", TODAY);

        assertThat(start.phase().startedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(start.phase().startedBy()).isEqualTo("planner");
        assertThat(start.phase().overrideReason())
                .as("a reason is kept only when needed")
                .isNull();
        assertThat(start.overridden()).isFalse();
        assertThat(start.event())
                .isEqualTo(new PhaseStarted(PLAN, SECOND.id(), "/zz/p1/", UNITS, LocalDate.of(2027, 3, 1), false));
    }

    @Test
    void aPhaseStartsTodayWhenNoDayIsGiven() {
        assertThat(plan(FIRST)
                        .start(FIRST.id(), null, null, true, false, UNITS, "planner", TODAY)
                        .event()
                        .startedOn())
                .isEqualTo(TODAY);
    }

    @Test
    void aPhaseDoesNotStartInTheFuture() {
        assertThat(refusal(() -> plan(FIRST).start(FIRST.id(), "2027-03-16", null, true, true, UNITS, "p", TODAY)))
                .containsExactly("startedOn:scaleup.date.future");
    }

    @Test
    void aPhaseStartsOnce() {
        Phase started = FIRST.startedOn(LocalDate.of(2027, 2, 1), "planner", null);

        assertThat(refusal(() -> plan(started).start(FIRST.id(), null, null, true, true, UNITS, "p", TODAY)))
                .containsExactly("phase:scaleup.phase.started");
    }

    @Test
    void aFailingGateNeedsAReason() {
        assertThat(refusal(() -> plan(FIRST).start(FIRST.id(), null, " ", false, true, UNITS, "p", TODAY)))
                .containsExactly("gate:scaleup.phase.gateFails");
    }

    @Test
    void onlySomeoneWhoPlansForTheWholeCountryOverridesAFailingGate() {
        assertThat(refusal(() -> plan(FIRST).start(FIRST.id(), null, "Urgent", false, false, UNITS, "p", TODAY)))
                .containsExactly("overrideReason:scaleup.phase.overrideNational");
    }

    @Test
    void anOverrideKeepsItsReasonAndIsFlaggedInTheEvent() {
        ScaleUpPlan.Start start =
                plan(FIRST).start(FIRST.id(), null, " Urgent ", false, true, UNITS, "national", TODAY);

        assertThat(start.phase().overrideReason()).isEqualTo("Urgent");
        assertThat(start.overridden()).isTrue();
        assertThat(start.event().overridden()).isTrue();
    }

    @Test
    void everyProblemOfAStartIsNamedAtOnceInTheOrderOfTheForm() {
        Phase started = FIRST.startedOn(LocalDate.of(2027, 2, 1), "planner", null);

        assertThat(refusal(() -> plan(started).start(FIRST.id(), "2027-04-01", null, false, false, UNITS, "p", TODAY)))
                .containsExactly(
                        "startedOn:scaleup.date.future", "phase:scaleup.phase.started", "gate:scaleup.phase.gateFails");
    }

    @Test
    void aPhaseOfAnotherPlanIsNotStartedHere() {
        assertThatThrownBy(() -> plan(FIRST).start(SECOND.id(), null, null, true, true, UNITS, "p", TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static List<String> refusal(Runnable rule) {
        try {
            rule.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
        }
        throw new AssertionError("not refused");
    }

    static Phase phase(String name, String from, String to) {
        return new Phase(UUID.randomUUID(), PLAN, name, LocalDate.parse(from), LocalDate.parse(to), null, null, null);
    }
}
