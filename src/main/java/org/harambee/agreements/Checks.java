package org.harambee.agreements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.harambee.system.InvalidInputException.FieldProblem;

/** Checks shared by the module's forms and API: trimmed texts, ISO dates, names from a list. */
final class Checks {

    private Checks() {}

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The trimmed text; a problem when it is longer than {@code max} (or missing while {@code required}). */
    static String text(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null && required) {
            problems.add(new FieldProblem(field, "agreements.required"));
        } else if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "agreements.tooLong", max));
        }
        return text;
    }

    /** A date given as year-month-day; a problem when it is missing while {@code required}, or malformed. */
    static LocalDate date(String field, String value, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null) {
            if (required) {
                problems.add(new FieldProblem(field, "agreements.date.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "agreements.date.invalid"));
            return null;
        }
    }

    /** As {@link #date}, and not after {@code today}: what happened cannot be dated in the future. */
    static LocalDate pastDate(String field, String value, LocalDate today, List<FieldProblem> problems) {
        LocalDate date = date(field, value, true, problems);
        if (date != null && date.isAfter(today)) {
            problems.add(new FieldProblem(field, "agreements.date.future"));
        }
        return date;
    }

    /** The constant of {@code type} named by {@code value}; a problem when it is missing (if required) or unknown. */
    static <E extends Enum<E>> E choice(
            String field, String value, Class<E> type, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null) {
            if (required) {
                problems.add(new FieldProblem(field, "agreements.choose.missing"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "agreements.choose.missing"));
            return null;
        }
    }
}
