package org.harambee.communities.phases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.harambee.communities.Phase;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rules for the next line of a phase history. The history only grows; the date of a new line is neither before
 * the latest line's date nor in the future; a community normally starts at entry and moves to the following phase,
 * and moves between action and reflection as often as it likes. Any other move (a phase skipped, a step back, a
 * first phase other than entry) is allowed with a reason, and refused without one.
 */
final class PhaseRules {

    static final int MAX_TEXT = 1000;

    private PhaseRules() {}

    /** The problems of recording {@code phase} on {@code enteredOn} after {@code latest} (null: no history yet). */
    static List<FieldProblem> check(
            PhaseEntry latest, Phase phase, LocalDate enteredOn, String reason, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (enteredOn != null && enteredOn.isAfter(today)) {
            problems.add(new FieldProblem("enteredOn", "communities.date.future"));
        } else if (enteredOn != null && latest != null && enteredOn.isBefore(latest.enteredOn())) {
            problems.add(new FieldProblem(
                    "enteredOn", "communities.phase.beforeLatest", label(latest.phase()), latest.enteredOn()));
        }
        if (phase == null) {
            return problems;
        }
        Phase from = latest == null ? null : latest.phase();
        if (phase == from) {
            problems.add(new FieldProblem("phase", "communities.phase.same", label(phase)));
        } else if (!phase.normallyFollows(from) && (reason == null || reason.isBlank())) {
            List<Phase> skipped = phase.skippedFrom(from);
            if (!skipped.isEmpty() && (from == null || phase.ordinal() > from.ordinal())) {
                problems.add(new FieldProblem("reason", "communities.phase.reasonForSkipping", list(skipped)));
            } else {
                problems.add(new FieldProblem("reason", "communities.phase.reasonForGoingBack", label(phase)));
            }
        }
        return problems;
    }

    /** True when the move needs a reason: not the usual next step. */
    static boolean irregular(Phase from, Phase to) {
        return !to.normallyFollows(from);
    }

    /** A phase's name in the reader's language, resolved when the message is. */
    static MessageSourceResolvable label(Phase phase) {
        return new DefaultMessageSourceResolvable("communities.phase." + phase.name());
    }

    /** Phase names joined with commas, each in the reader's language. */
    static MessageSourceResolvable list(List<Phase> phases) {
        MessageSourceResolvable joined = label(phases.get(phases.size() - 1));
        for (int i = phases.size() - 2; i >= 0; i--) {
            joined = new DefaultMessageSourceResolvable(
                    new String[] {"communities.list.pair"}, new Object[] {label(phases.get(i)), joined});
        }
        return joined;
    }
}
