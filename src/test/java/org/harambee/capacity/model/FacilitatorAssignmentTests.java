package org.harambee.capacity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.capacity.model.AssignmentEvent.AssignmentEnded;
import org.harambee.capacity.model.AssignmentEvent.AssignmentWithdrawn;
import org.harambee.capacity.model.AssignmentEvent.FacilitatorAssigned;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class FacilitatorAssignmentTests {

    static final UUID FACILITATOR = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID COMMUNITY = UUID.fromString("00000000-0000-4000-8000-000000000002");
    static final UUID OTHER_COMMUNITY = UUID.fromString("00000000-0000-4000-8000-000000000003");
    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    static FacilitatorAssignment open(UUID community, LocalDate startsOn) {
        return new FacilitatorAssignment(UUID.randomUUID(), FACILITATOR, community, startsOn, null);
    }

    static FacilitatorAssigned start(LocalDate startsOn, LocalDate endsOn, List<FacilitatorAssignment> held) {
        return FacilitatorAssignment.start(
                UUID.randomUUID(), FACILITATOR, COMMUNITY, startsOn, endsOn, held, List.of());
    }

    @Test
    void anAssignmentStartsOpenEnded() {
        FacilitatorAssigned assigned = start(MARCH_1, null, List.of());

        assertThat(assigned.assignment().open()).isTrue();
        assertThat(assigned.assignment().communityId()).isEqualTo(COMMUNITY);
        assertThat(assigned.assignment().startsOn()).isEqualTo(MARCH_1);
        assertThat(assigned.lastDay()).isNull();
    }

    @Test
    void anAssignmentMayStartWithItsLastDayTheSameDayOrLater() {
        assertThat(start(MARCH_1, MARCH_1, List.of()).assignment().endsOn()).isEqualTo(MARCH_1);
        assertThat(start(MARCH_1, MARCH_1.plusDays(30), List.of()).lastDay()).isEqualTo(MARCH_1.plusDays(30));
    }

    @Test
    void itsLastDayIsNeverBeforeItsStart() {
        assertThatThrownBy(() -> start(MARCH_1, MARCH_1.minusDays(1), List.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::key)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("endsOn", "capacity.endsOn.beforeStart")));
    }

    @Test
    void oneOpenAssignmentToACommunityAtATime() {
        assertThatThrownBy(() -> start(MARCH_1, null, List.of(open(COMMUNITY, MARCH_1.minusDays(90)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("communityId"));
    }

    @Test
    void anEndedAssignmentOrOneElsewhereDoesNotStandInTheWay() {
        FacilitatorAssignment ended = open(COMMUNITY, MARCH_1.minusDays(90))
                .end(MARCH_1.minusDays(1), List.of())
                .assignment();

        assertThat(start(MARCH_1, null, List.of(ended, open(OTHER_COMMUNITY, MARCH_1)))
                        .assignment()
                        .open())
                .isTrue();
    }

    @Test
    void anUnknownCommunityIsNotCheckedForDuplicatesAndTheReadingProblemsAreRefusedWithTheRules() {
        List<FieldProblem> found = List.of(new FieldProblem("communityId", "capacity.community.unknown"));

        assertThatThrownBy(() -> FacilitatorAssignment.start(
                        UUID.randomUUID(),
                        FACILITATOR,
                        null,
                        MARCH_1,
                        MARCH_1.minusDays(1),
                        List.of(open(COMMUNITY, MARCH_1)),
                        found))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::key)
                                .containsExactly("capacity.community.unknown", "capacity.endsOn.beforeStart"));
    }

    @Test
    void aStartThatCouldNotBeReadIsRefusedWithoutAnotherProblem() {
        List<FieldProblem> found = List.of(new FieldProblem("startsOn", "capacity.date.invalid"));

        assertThatThrownBy(() -> FacilitatorAssignment.start(
                        UUID.randomUUID(), FACILITATOR, COMMUNITY, null, MARCH_1, List.of(), found))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactlyElementsOf(found));
    }

    @Test
    void endingGivesTheLastDayAndKeepsTheRest() {
        FacilitatorAssignment assignment = open(COMMUNITY, MARCH_1);

        AssignmentEnded ended = assignment.end(MARCH_1.plusDays(10), List.of());

        assertThat(ended.assignment().endsOn()).isEqualTo(MARCH_1.plusDays(10));
        assertThat(ended.assignment().open()).isFalse();
        assertThat(ended.assignment().id()).isEqualTo(assignment.id());
        assertThat(ended.assignment().startsOn()).isEqualTo(MARCH_1);
        assertThat(assignment.open()).as("the loaded assignment is unchanged").isTrue();
    }

    @Test
    void endingOnTheFirstDayIsAllowedButNotBefore() {
        assertThat(open(COMMUNITY, MARCH_1).end(MARCH_1, List.of()).lastDay()).isEqualTo(MARCH_1);
        assertThatThrownBy(() -> open(COMMUNITY, MARCH_1).end(MARCH_1.minusDays(1), List.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("endsOn"));
    }

    @Test
    void aDayThatCouldNotBeReadIsRefused() {
        List<FieldProblem> found = List.of(new FieldProblem("endsOn", "capacity.date.required"));

        assertThatThrownBy(() -> open(COMMUNITY, MARCH_1).end(null, found))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactlyElementsOf(found));
    }

    @Test
    void leavingACommunityEndsTheAssignmentTheDayBefore() {
        AssignmentEvent left = open(COMMUNITY, MARCH_1).leave(MARCH_1.plusDays(5));

        assertThat(left).isInstanceOf(AssignmentEnded.class);
        assertThat(left.assignment().endsOn()).isEqualTo(MARCH_1.plusDays(4));
        assertThat(left.lastDay()).isEqualTo(MARCH_1.plusDays(4));
    }

    @Test
    void leavingOnTheDayItStartedWithdrawsIt() {
        FacilitatorAssignment assignment = open(COMMUNITY, MARCH_1);

        AssignmentEvent left = assignment.leave(MARCH_1);

        assertThat(left).isInstanceOf(AssignmentWithdrawn.class);
        assertThat(left.assignment()).isEqualTo(assignment);
        assertThat(left.lastDay()).isEqualTo(MARCH_1.minusDays(1));
    }
}
