package org.harambee.capacity.trainings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportRecord;

/**
 * One record of a participants file ({@link ParticipantImport}), read: the training as named, the person, and the
 * attendance and score when the record gives them; then what {@link ParticipantImport#check} found for it.
 */
final class ParticipantDraft {

    private static final int MAX_TEXT = 200;
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "oui", "o", "ndiyo", "ndio");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "non", "hapana");

    /** Attendance and score as the file gives them: attended is given whenever days or a score are. */
    record Result(boolean attended, Integer daysAttended, Integer score) {}

    final int line;
    final String trainingCell;
    final LocalDate startsOn;
    final String name;
    final String sex;
    final String organisation;
    final String role;
    final Result result;
    TrainingRecords.Row training;
    UUID facilitatorId;
    ParticipantRecords.Row existing;
    Participants.Enrolment enrolment;

    private ParticipantDraft(
            int line,
            String trainingCell,
            LocalDate startsOn,
            String name,
            String sex,
            String organisation,
            String role,
            Result result) {
        this.line = line;
        this.trainingCell = trainingCell;
        this.startsOn = startsOn;
        this.name = name;
        this.sex = sex;
        this.organisation = organisation;
        this.role = role;
        this.result = result;
    }

    /** The record read; {@code null} when it has problems (reported to {@code context}). */
    static ParticipantDraft read(ImportRecord record, ImportContext context) {
        int line = record.line();
        int problems = 0;
        String training = record.cell("training");
        problems += required(record, "training", training, context);
        String name = record.cell("name");
        problems += required(record, "name", name, context);
        LocalDate startsOn = null;
        String date = record.cell("starts_on");
        if (date != null) {
            try {
                startsOn = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                context.problem(line, "starts_on", "recordImports.training-participants.notDate", date);
                problems++;
            }
        }
        String sex = record.cell("sex");
        if (sex != null) {
            sex = sex.toUpperCase(Locale.ROOT);
            if (!Participants.SEXES.contains(sex)) {
                context.problem(line, "sex", "recordImports.value.oneOf", record.cell("sex"), "FEMALE, MALE");
                problems++;
            }
        }
        Boolean attended = null;
        String attendedCell = record.cell("attended");
        if (attendedCell != null) {
            String answer = attendedCell.toLowerCase(Locale.ROOT);
            attended = YES.contains(answer) ? Boolean.TRUE : NO.contains(answer) ? Boolean.FALSE : null;
            if (attended == null) {
                context.problem(line, "attended", "recordImports.training-participants.notYesNo", attendedCell);
                problems++;
            }
        }
        Integer days = count(record, "days_attended", context);
        Integer score = count(record, "score", context);
        problems += days == null && record.cell("days_attended") != null ? 1 : 0;
        problems += score == null && record.cell("score") != null ? 1 : 0;
        if (attendedCell == null && (days != null || score != null)) {
            context.problem(line, "attended", "recordImports.training-participants.attendedRequired");
            problems++;
        }
        if (problems > 0) {
            return null;
        }
        return new ParticipantDraft(
                line,
                training,
                startsOn,
                name,
                sex,
                record.cell("organisation"),
                record.cell("role"),
                attended == null ? null : new Result(attended, days, score));
    }

    /** How names are compared: case folded, as the register compares them. */
    static String fold(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** The training and the person: a participant there, a person of the register, or else the name. */
    String key() {
        String person =
                existing != null ? "p" + existing.id() : facilitatorId != null ? "f" + facilitatorId : "n" + fold(name);
        return training.id() + "/" + person;
    }

    /**
     * The record as the participant form's input: the register's person of that name (then named as the register
     * spells the name), or else a person named.
     */
    Participants.ParticipantInput input() {
        return facilitatorId == null
                ? new Participants.ParticipantInput(null, name, sex, organisation, role, null)
                : new Participants.ParticipantInput(null, null, sex, organisation, role, facilitatorId.toString());
    }

    Participants.ResultInput resultOf(UUID participant) {
        return new Participants.ResultInput(participant, result.attended(), result.daysAttended(), result.score());
    }

    /** Whether the stored participant's attendance or score differs from the record's. */
    boolean differs(ParticipantRecords.Row stored) {
        return !Objects.equals(stored.attended(), result.attended())
                || !Objects.equals(stored.daysAttended(), result.daysAttended())
                || !Objects.equals(stored.score(), result.score());
    }

    private static int required(ImportRecord record, String column, String value, ImportContext context) {
        if (value == null) {
            context.problem(record.line(), column, "recordImports.value.required");
            return 1;
        }
        if (value.length() > MAX_TEXT) {
            context.problem(record.line(), column, "recordImports.value.tooLong", MAX_TEXT);
            return 1;
        }
        return 0;
    }

    private static Integer count(ImportRecord record, String column, ImportContext context) {
        String cell = record.cell(column);
        if (cell == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(cell.replace(" ", "").replace("\u00A0", ""));
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        context.problem(record.line(), column, "recordImports.value.notCount", cell);
        return null;
    }
}
