package org.harambee.capacity.trainings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.capacity.internal.Named;
import org.harambee.capacity.internal.Place;

/** Trainings as pages and the API show them. */
public final class TrainingViews {

    private TrainingViews() {}

    /** A competency named in the reader's language. */
    public record CompetencyName(String code, String name) {}

    public record Summary(
            UUID id,
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            Place unit,
            TrainingStatus status,
            List<CompetencyName> competencies) {}

    /**
     * A participant: an account ({@code username}, {@code displayName}) or a person not on the platform ({@code
     * name}, {@code sex}, {@code organisation}, {@code roleTitle}); attendance and score as recorded; whether they
     * passed and completed the training (see {@link Outcome}).
     */
    public record Participant(
            UUID id,
            String username,
            String displayName,
            String name,
            String sex,
            String organisation,
            String roleTitle,
            UUID facilitatorId,
            Boolean attended,
            Integer daysAttended,
            Integer score,
            boolean passed,
            boolean completed) {}

    public record Training(
            UUID id,
            String title,
            List<CompetencyName> competencies,
            LocalDate startsOn,
            LocalDate endsOn,
            long days,
            Place unit,
            String venue,
            Named trainerOrganisation,
            TrainingStatus status,
            boolean assessed,
            int passMark,
            List<Participant> participants,
            long completedCount,
            String recordedBy,
            Instant recordedAt) {}
}
