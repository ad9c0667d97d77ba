package org.harambee.capacity.trainings;

/**
 * What a participant got out of a training, and the rule of completion: a participant <em>completed</em> a training
 * when the training was held, they attended, and either the training has no assessment or they passed it (a score at
 * or above the training's pass mark). Someone is <em>trained in</em> a competency when they completed a held training
 * that covers it. {@link #COMPLETED_SQL} states the same rule for queries (aliases {@code t} for the training and
 * {@code p} for the participant); the integration tests hold the two together.
 */
public record Outcome(TrainingStatus status, boolean assessed, int passMark, Boolean attended, Integer score) {

    public static final String COMPLETED_SQL =
            "t.status = 'HELD' and p.attended = true and (t.assessed = false or p.score >= t.pass_mark)";

    /** Passed the assessment, or there is none; false while an assessed participant has no score yet. */
    public boolean passed() {
        return !assessed || (score != null && score >= passMark);
    }

    public boolean completed() {
        return status == TrainingStatus.HELD && Boolean.TRUE.equals(attended) && passed();
    }
}
