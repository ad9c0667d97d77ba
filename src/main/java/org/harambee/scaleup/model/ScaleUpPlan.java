package org.harambee.scaleup.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.harambee.scaleup.PhaseStarted;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;

/**
 * A scale-up plan at its goal unit and the rules of its phases: a phase covers a period that overlaps no other phase of
 * the plan (so that the order of phases is the order of their first days and "the previous phase" is well defined),
 * and starts once, on a day not in the future, when its gate passes or, with a recorded reason, when someone who plans
 * for the whole country overrides it. A refusal names every field problem at once (400).
 */
public record ScaleUpPlan(UUID id, UUID unitId, String unitPath, List<Phase> phases) {

    private static final Inputs INPUTS = Inputs.keyed("scaleup");

    public ScaleUpPlan {
        phases = phases.stream().sorted(Comparator.comparing(Phase::startsOn)).toList();
    }

    /** A phase started: the phase as it now is and the event to publish. */
    public record Start(Phase phase, PhaseStarted event) {
        public boolean overridden() {
            return event.overridden();
        }
    }

    /**
     * A new phase {@code id} as entered (its first and last day as year-month-day); {@code unitProblems} what was found
     * wrong with its units, refused with the rest.
     */
    public Phase addPhase(UUID id, String name, String startsOn, String endsOn, List<FieldProblem> unitProblems) {
        List<FieldProblem> problems = new ArrayList<>();
        String named = INPUTS.text("name", name, 200, true, problems);
        LocalDate starts = INPUTS.date("startsOn", startsOn, true, problems);
        LocalDate ends = INPUTS.date("endsOn", endsOn, true, problems);
        Phase phase = new Phase(id, this.id, named, starts, ends, null, null, null);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            problems.add(new FieldProblem("endsOn", "scaleup.phase.endsBeforeStart"));
        } else if (starts != null && ends != null) {
            overlapping(phase)
                    .ifPresent(other -> problems.add(new FieldProblem(
                            "startsOn",
                            "scaleup.phase.overlaps",
                            other.name(),
                            other.startsOn().toString(),
                            other.endsOn().toString())));
        }
        problems.addAll(unitProblems);
        Inputs.refuseIfAny(problems);
        return phase;
    }

    /** The first of the other phases, first day first, that {@code candidate} overlaps. */
    public Optional<Phase> overlapping(Phase candidate) {
        return phases.stream()
                .filter(p -> !p.id().equals(candidate.id()))
                .filter(candidate::overlaps)
                .findFirst();
    }

    /**
     * Starts phase {@code phaseId} of this plan in its units ({@code unitIds}) on {@code startedOn} (year-month-day;
     * today when not given). {@code gatePasses} whether its gate passes now; {@code national} whether the user plans
     * for the whole country, who alone may start it with {@code overrideReason} when it does not. The reason is kept
     * only when it was needed.
     */
    public Start start(
            UUID phaseId,
            String startedOn,
            String overrideReason,
            boolean gatePasses,
            boolean national,
            List<UUID> unitIds,
            String by,
            LocalDate today) {
        Phase phase = phases.stream()
                .filter(p -> p.id().equals(phaseId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("phase " + phaseId + " is not of plan " + id));
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate given = INPUTS.date("startedOn", startedOn, false, problems);
        LocalDate on = given == null ? today : given;
        if (on.isAfter(today)) {
            problems.add(new FieldProblem("startedOn", "scaleup.date.future"));
        }
        String reason = INPUTS.text("overrideReason", overrideReason, 1000, false, problems);
        if (phase.started()) {
            problems.add(new FieldProblem(
                    "phase", "scaleup.phase.started", phase.startedOn().toString()));
        }
        if (!gatePasses && reason == null) {
            problems.add(new FieldProblem("gate", "scaleup.phase.gateFails"));
        } else if (!gatePasses && !national) {
            problems.add(new FieldProblem("overrideReason", "scaleup.phase.overrideNational"));
        }
        Inputs.refuseIfAny(problems);
        String kept = gatePasses ? null : reason;
        return new Start(
                phase.startedOn(on, by, kept),
                new PhaseStarted(id, phaseId, unitPath, List.copyOf(unitIds), on, kept != null));
    }
}
