package org.harambee.capacity.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.security.core.context.SecurityContextHolder;

/** Checks shared by the module's forms and API: trimmed texts, ISO dates, ids, scores; and who is acting. */
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
            problems.add(new FieldProblem(field, "capacity.required"));
        } else if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "capacity.tooLong", max));
        }
        return text;
    }

    /** A date given as year-month-day; a problem when it is missing while {@code required}, or malformed. */
    public static LocalDate date(String field, String value, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null) {
            if (required) {
                problems.add(new FieldProblem(field, "capacity.date.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "capacity.date.invalid"));
            return null;
        }
    }

    /** An id as text (forms send text); a problem when it is not a UUID, or missing while {@code required}. */
    public static UUID id(String field, String value, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null) {
            if (required) {
                problems.add(new FieldProblem(field, "capacity.required"));
            }
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "capacity.choose"));
            return null;
        }
    }

    /** A score or mark from 0 to 100; a problem otherwise. Null stays null. */
    public static Integer percent(String field, Integer value, List<FieldProblem> problems) {
        if (value != null && (value < 0 || value > 100)) {
            problems.add(new FieldProblem(field, "capacity.percent.range"));
        }
        return value;
    }

    /** Throws the problems found, if any: nothing is written after a refused input. */
    public static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The signed-in user's name, or "system" outside a request. */
    public static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
