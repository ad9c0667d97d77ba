package org.harambee.communities.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.harambee.system.InvalidInputException.FieldProblem;

/** Checks shared by the module's forms and API: trimmed texts, ISO dates, counts. */
public final class Inputs {

    private Inputs() {}

    /** The text trimmed; null when blank. */
    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The trimmed text; a problem when it is longer than {@code max} (or missing while {@code required}). */
    public static String text(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null && required) {
            problems.add(new FieldProblem(field, "communities.required"));
        } else if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "communities.tooLong", max));
        }
        return text;
    }

    /**
     * A date given as year-month-day, not after {@code today}; a problem when it is missing while {@code required},
     * malformed, or in the future.
     */
    public static LocalDate pastDate(
            String field, String value, boolean required, LocalDate today, List<FieldProblem> problems) {
        LocalDate date = date(field, value, required, problems);
        if (date != null && date.isAfter(today)) {
            problems.add(new FieldProblem(field, "communities.date.future"));
        }
        return date;
    }

    /** A date given as year-month-day; a problem when it is missing while {@code required}, or malformed. */
    public static LocalDate date(String field, String value, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null) {
            if (required) {
                problems.add(new FieldProblem(field, "communities.date.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "communities.date.invalid"));
            return null;
        }
    }

    /** A count that must not be negative; missing counts as 0. */
    public static int count(String field, Integer value, List<FieldProblem> problems) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            problems.add(new FieldProblem(field, "communities.count.negative"));
        }
        return value;
    }
}
