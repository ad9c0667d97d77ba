package org.harambee.scaleup.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.scaleup.model.ScaleUpPlanTests.refusal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.harambee.scaleup.RolloutRandomised;
import org.junit.jupiter.api.Test;

class RolloutTests {

    static final LocalDate FIRST = LocalDate.of(2027, 1, 1);
    static final UUID ID = UUID.randomUUID();
    static final UUID UNIT = UUID.randomUUID();
    static final UUID NORTH = UUID.randomUUID();
    static final UUID SOUTH = UUID.randomUUID();

    static Rollout rollout(boolean stratified) {
        return new Rollout(ID, UNIT, "/zz/" + UNIT + "/", 3, FIRST, 3, stratified);
    }

    @Test
    void aWaveCrossesOverOnePeriodAfterTheOneBefore() {
        assertThat(rollout(false).crossover(1)).isEqualTo(FIRST);
        assertThat(rollout(false).crossover(3)).isEqualTo(LocalDate.of(2027, 7, 1));
    }

    @Test
    void theDrawPutsEveryClusterButTheComparisonOnesInAWaveAndSaysWithWhatSeed() {
        List<Assignment> assignments = assignments(6, null);
        Assignment comparison = new Assignment(UUID.randomUUID(), ID, UUID.randomUUID(), true, null, null);
        List<Assignment> all = new java.util.ArrayList<>(assignments);
        all.add(comparison);

        Rollout.Draw draw = rollout(false).draw(all, Map.of(), 42L, FIRST.minusDays(1));

        assertThat(draw.assignments()).hasSize(6).noneMatch(Assignment::comparison);
        assertThat(draw.assignments().stream().map(Assignment::id))
                .containsExactlyInAnyOrderElementsOf(
                        assignments.stream().map(Assignment::id).toList());
        assertThat(draw.assignments().stream().collect(Collectors.groupingBy(Assignment::wave, Collectors.counting())))
                .isEqualTo(Map.of(1, 2L, 2, 2L, 3, 2L));
        assertThat(draw.assignments()).allMatch(a -> a.stratum() == null);
        assertThat(draw.event())
                .isEqualTo(new RolloutRandomised(ID, UNIT, "/zz/" + UNIT + "/", 42L, WaveDraw.ALGORITHM));
        assertThat(rollout(false).draw(all, Map.of(), 42L, FIRST.minusDays(1)))
                .as("the same seed draws the same waves")
                .isEqualTo(draw);
    }

    @Test
    void aStratifiedDrawDrawsEachDistrictOnItsOwn() {
        List<Assignment> north = assignments(3, null);
        List<Assignment> south = assignments(3, null);
        Map<UUID, String> paths = new HashMap<>();
        // a cluster in a ward of the northern district, one placed at the southern district itself
        north.forEach(a -> paths.put(a.clusterId(), "/zz/p1/" + NORTH + "/" + UUID.randomUUID() + "/"));
        south.forEach(a -> paths.put(a.clusterId(), "/zz/p1/" + SOUTH + "/"));
        List<Assignment> all = new java.util.ArrayList<>(north);
        all.addAll(south);

        List<Assignment> drawn =
                rollout(true).draw(all, paths, 7L, FIRST.minusDays(1)).assignments();

        for (UUID district : List.of(NORTH, SOUTH)) {
            assertThat(drawn.stream()
                            .filter(a -> district.equals(a.stratum()))
                            .map(Assignment::wave)
                            .sorted()
                            .toList())
                    .containsExactly(1, 2, 3);
        }
    }

    @Test
    void theWavesAreNotDrawnFromTheFirstCrossoverOn() {
        for (LocalDate today : List.of(FIRST, FIRST.plusDays(1))) {
            assertThat(refusal(() -> rollout(false).draw(assignments(3, null), Map.of(), 1L, today)))
                    .containsExactly("seed:scaleup.rollout.drawAfterCrossover");
        }
    }

    @Test
    void aDrawnClusterMovesToAWaveThatHasNotCrossedOver() {
        Assignment inTwo = assignments(1, 2).get(0);

        assertThat(rollout(false).move(inTwo, 3, FIRST.plusMonths(3).minusDays(1)))
                .contains(new Assignment(inTwo.id(), ID, inTwo.clusterId(), false, 3, null));
    }

    @Test
    void aMoveToTheSameWaveChangesNothing() {
        assertThat(rollout(false).move(assignments(1, 2).get(0), 2, FIRST)).isEmpty();
    }

    @Test
    void aComparisonClusterOrOneNotDrawnDoesNotMove() {
        Assignment comparison = new Assignment(UUID.randomUUID(), ID, UUID.randomUUID(), true, null, null);

        assertThat(refusal(() -> rollout(false).move(comparison, 2, FIRST)))
                .containsExactly("wave:scaleup.assignment.comparison");
        assertThat(refusal(() -> rollout(false).move(assignments(1, null).get(0), 2, FIRST)))
                .containsExactly("wave:scaleup.assignment.notDrawn");
    }

    @Test
    void theNewWaveIsOneOfTheRollout() {
        Assignment inTwo = assignments(1, 2).get(0);

        assertThat(refusal(() -> rollout(false).move(inTwo, null, FIRST))).containsExactly("wave:scaleup.required");
        assertThat(refusal(() -> rollout(false).move(inTwo, 0, FIRST))).containsExactly("wave:scaleup.number.range");
        assertThat(refusal(() -> rollout(false).move(inTwo, 4, FIRST))).containsExactly("wave:scaleup.number.range");
    }

    @Test
    void neitherTheWaveLeftNorTheWaveJoinedHasCrossedOver() {
        Assignment inOne = assignments(1, 1).get(0);
        Assignment inThree = assignments(1, 3).get(0);

        assertThat(refusal(() -> rollout(false).move(inOne, 3, FIRST)))
                .containsExactly("wave:scaleup.assignment.crossedOver");
        assertThat(refusal(() -> rollout(false).move(inThree, 2, FIRST.plusMonths(3))))
                .containsExactly("wave:scaleup.assignment.crossedOver");
    }

    static List<Assignment> assignments(int n, Integer wave) {
        return IntStream.range(0, n)
                .mapToObj(i -> new Assignment(UUID.randomUUID(), ID, UUID.randomUUID(), false, wave, null))
                .toList();
    }
}
