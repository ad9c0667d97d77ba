package org.harambee.scaleup.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.harambee.capacity.ReadinessCheck;
import org.harambee.scaleup.internal.ScaleUpPlaces.Place;

/** What the pages and the API show of plans, phases, lessons and gates. */
final class PlanViews {

    private PlanViews() {}

    record Summary(UUID id, String name, GoalLevel goalLevel, Place goalUnit, int phaseCount) {}

    record Plan(
            UUID id,
            String name,
            GoalLevel goalLevel,
            Place goalUnit,
            int agreementsRequired,
            List<Phase> phases,
            String createdBy,
            Instant createdAt) {}

    /** A phase, numbered from 1 in the order of the phases' first days. */
    record Phase(
            UUID id,
            int ordinal,
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            List<Place> units,
            LocalDate startedOn,
            String startedBy,
            String overrideReason,
            List<Lesson> lessons) {

        public boolean started() {
            return startedOn != null;
        }

        /**
         * True when the name already says the phase's number ("Phase 1: two districts", "Awamu 1"), so that the
         * heading shows the name alone rather than "Phase 1: Phase 1: …".
         */
        public boolean namesItsNumber() {
            return name != null
                    && Pattern.compile("^\\s*\\p{L}+\\s*0*" + ordinal + "(?!\\d)")
                            .matcher(name)
                            .find();
        }
    }

    record Lesson(UUID id, String text, String recordedBy, Instant recordedAt, String reviewedBy, Instant reviewedAt) {
        public boolean reviewed() {
            return reviewedAt != null;
        }
    }

    /** A phase's gate: it passes when every unit passes and the previous phase's lessons were reviewed. */
    record Gate(
            UUID phaseId, int ordinal, String phaseName, boolean passes, List<UnitGate> units, LessonsCheck lessons) {}

    /**
     * One unit's part of a gate. {@code readinessKnown} / {@code agreementsKnown} are false when the other module
     * could not answer; the gate then fails, with that reason.
     */
    record UnitGate(
            Place unit,
            boolean readinessKnown,
            boolean ready,
            List<ReadinessCheck> unmet,
            boolean agreementsKnown,
            int agreementsInForce,
            int agreementsRequired,
            boolean passes) {

        public boolean agreementsMet() {
            return agreementsKnown && agreementsInForce >= agreementsRequired;
        }
    }

    /** The previous phase's lessons: none needed before the first phase. */
    record LessonsCheck(boolean needed, String previousPhase, int recorded, int reviewed, boolean met) {}
}
