package org.harambee.scaleup.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The random assignment of clusters to waves, reproducible from its seed. The clusters are sorted by id (as text) and
 * grouped by stratum (strata in the order of their ids; one stratum when not stratified); each stratum is shuffled by
 * Fisher-Yates with {@link java.util.Random} seeded once for the whole draw (its sequence is fixed by the Java
 * specification, so the draw is the same on every machine and Java version); the shuffled strata are then dealt in
 * turn into waves 1..k, the count running on from one stratum to the next, so that wave sizes differ by at most one
 * overall and within each stratum. The same seed and the same clusters give the same waves.
 */
final class WaveDraw {

    /** Recorded with every draw, so that a later change of the algorithm cannot be mistaken for this one. */
    static final String ALGORITHM = "sorted-shuffle-deal/1";

    /** A cluster to draw; {@code stratum} null when the draw is not stratified. */
    record Candidate(UUID clusterId, UUID stratum) {}

    record Drawn(UUID clusterId, UUID stratum, int wave) {}

    private WaveDraw() {}

    static List<Drawn> draw(List<Candidate> candidates, int waves, long seed) {
        if (waves < 1) {
            throw new IllegalArgumentException("at least one wave");
        }
        Map<String, List<Candidate>> strata = new TreeMap<>();
        candidates.stream()
                .sorted(Comparator.comparing(c -> c.clusterId().toString()))
                .forEach(c -> strata.computeIfAbsent(
                                c.stratum() == null ? "" : c.stratum().toString(), k -> new ArrayList<>())
                        .add(c));
        Random random = new Random(seed);
        List<Drawn> drawn = new ArrayList<>();
        int dealt = 0;
        for (List<Candidate> stratum : strata.values()) {
            shuffle(stratum, random);
            for (Candidate c : stratum) {
                drawn.add(new Drawn(c.clusterId(), c.stratum(), dealt % waves + 1));
                dealt++;
            }
        }
        return drawn;
    }

    private static void shuffle(List<Candidate> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Candidate swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
