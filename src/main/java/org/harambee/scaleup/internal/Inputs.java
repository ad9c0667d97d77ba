package org.harambee.scaleup.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.harambee.system.InvalidInputException.FieldProblem;

/** Checks shared by the module's forms and API: trimmed texts, ISO dates, whole numbers in a range. */
public final class Inputs {

    private Inputs() {}

    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The trimmed text; a problem when it is longer than {@code max} (or missing while {@code required}). */
    public static String text(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null && required) {
            problems.add(new FieldProblem(field, "scaleup.required"));
        } else if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "scaleup.tooLong", max));
        }
        return text;
    }

    /** A date given as year-month-day; a problem when it is missing while {@code required}, or malformed. */
    public static LocalDate date(String field, String value, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null) {
            if (required) {
                problems.add(new FieldProblem(field, "scaleup.date.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "scaleup.date.invalid"));
            return null;
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when missing. */
    public static int number(String field, Integer value, int min, int max, int fallback, List<FieldProblem> problems) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, "scaleup.number.range", min, max));
        }
        return value;
    }

    /** An enum constant by name; a problem when missing or unknown. */
    public static <E extends Enum<E>> E choice(String field, String value, Class<E> type, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
        }
        problems.add(new FieldProblem(field, "scaleup.choose"));
        return null;
    }
}
