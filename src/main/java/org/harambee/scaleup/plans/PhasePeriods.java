package org.harambee.scaleup.plans;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The periods of a plan's phases: each from its first to its last day (both included); no two phases of one plan
 * overlap, so that the order of phases is the order of their first days and "the previous phase" is well defined.
 */
final class PhasePeriods {

    /** A phase's period, for the rule. */
    record Period(UUID phaseId, String name, LocalDate startsOn, LocalDate endsOn) {
        boolean overlaps(Period other) {
            return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
        }
    }

    private PhasePeriods() {}

    /** The first of the other phases ({@code existing}, the candidate itself left out) that the candidate overlaps. */
    static Optional<Period> overlapping(Period candidate, List<Period> existing) {
        return existing.stream()
                .filter(p -> !p.phaseId().equals(candidate.phaseId()))
                .sorted(Comparator.comparing(Period::startsOn))
                .filter(candidate::overlaps)
                .findFirst();
    }

    /** The phases in order, first day first. */
    static <T> List<T> ordered(List<T> phases, java.util.function.Function<T, LocalDate> startsOn) {
        return phases.stream().sorted(Comparator.comparing(startsOn)).toList();
    }
}
