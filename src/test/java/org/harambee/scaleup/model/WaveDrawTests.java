package org.harambee.scaleup.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The draw of clusters into waves: reproducible from its seed, balanced, stratified when asked. */
class WaveDrawTests {

    static final UUID NORTH = UUID.fromString("00000000-0000-7000-8000-00000000000a");
    static final UUID SOUTH = UUID.fromString("00000000-0000-7000-8000-00000000000b");

    @Test
    void theSameSeedAndClustersGiveTheSameWavesWhateverTheOrderTheyComeIn() {
        List<WaveDraw.Candidate> clusters = clusters(12, null);
        List<WaveDraw.Candidate> shuffled = new ArrayList<>(clusters);
        Collections.shuffle(shuffled, new Random(7));

        assertThat(waves(WaveDraw.draw(shuffled, 4, 20260301L)))
                .isEqualTo(waves(WaveDraw.draw(clusters, 4, 20260301L)));
    }

    @Test
    void theDrawIsFixedForAGivenSeedSoThatItCanBeCheckedYearsLater() {
        List<WaveDraw.Candidate> clusters = clusters(6, null);

        List<Integer> waves = WaveDraw.draw(clusters, 3, 42L).stream()
                .sorted(java.util.Comparator.comparing(d -> d.clusterId().toString()))
                .map(WaveDraw.Drawn::wave)
                .toList();

        assertThat(waves).isEqualTo(List.of(2, 1, 3, 2, 3, 1));
    }

    @Test
    void anotherSeedGivesAnotherDraw() {
        List<WaveDraw.Candidate> clusters = clusters(12, null);

        assertThat(waves(WaveDraw.draw(clusters, 4, 1L))).isNotEqualTo(waves(WaveDraw.draw(clusters, 4, 2L)));
    }

    @Test
    void twelveClustersFallIntoFourWavesOfThree() {
        Map<Integer, Long> sizes = WaveDraw.draw(clusters(12, null), 4, 99L).stream()
                .collect(Collectors.groupingBy(WaveDraw.Drawn::wave, Collectors.counting()));

        assertThat(sizes).containsOnly(Map.entry(1, 3L), Map.entry(2, 3L), Map.entry(3, 3L), Map.entry(4, 3L));
    }

    @Test
    void waveSizesDifferByAtMostOneForAnyNumberOfClusters() {
        for (int n = 1; n <= 30; n++) {
            for (int k = 1; k <= Math.min(n, 7); k++) {
                Map<Integer, Long> sizes = WaveDraw.draw(clusters(n, null), k, n * 31L + k).stream()
                        .collect(Collectors.groupingBy(WaveDraw.Drawn::wave, Collectors.counting()));
                assertThat(sizes.keySet()).hasSize(k);
                assertThat(Collections.max(sizes.values()) - Collections.min(sizes.values()))
                        .as("%d clusters in %d waves", n, k)
                        .isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void stratifiedDrawsBalanceEachDistrictAndTheWhole() {
        List<WaveDraw.Candidate> clusters = new ArrayList<>(clusters(6, NORTH));
        clusters.addAll(clusters(6, SOUTH));

        List<WaveDraw.Drawn> drawn = WaveDraw.draw(clusters, 3, 5L);

        for (UUID district : List.of(NORTH, SOUTH)) {
            assertThat(drawn.stream()
                            .filter(d -> d.stratum().equals(district))
                            .collect(Collectors.groupingBy(WaveDraw.Drawn::wave, Collectors.counting())))
                    .as("district %s", district)
                    .containsOnly(Map.entry(1, 2L), Map.entry(2, 2L), Map.entry(3, 2L));
        }
    }

    private static Map<UUID, Integer> waves(List<WaveDraw.Drawn> drawn) {
        return drawn.stream().collect(Collectors.toMap(WaveDraw.Drawn::clusterId, WaveDraw.Drawn::wave));
    }

    /** Clusters with ids that sort in a known order, in one stratum. */
    private static List<WaveDraw.Candidate> clusters(int n, UUID stratum) {
        long base = stratum == null ? 0 : stratum.getLeastSignificantBits() << 8;
        return IntStream.range(0, n)
                .mapToObj(i -> new WaveDraw.Candidate(new UUID(0x7000L, 0x8000000000000000L | (base + i)), stratum))
                .toList();
    }
}
