package org.harambee.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.system.InvalidInputException.FieldProblem;

/**
 * The checks every module's forms and API share: trimmed texts, ISO dates, counts, ids and names from a list. Each
 * module keeps its own sentences: an instance made with {@link #keyed} names its problems {@code <prefix>.required},
 * {@code <prefix>.tooLong}, {@code <prefix>.date.required}, {@code <prefix>.date.invalid}, {@code <prefix>.date.future},
 * {@code <prefix>.count.negative}, {@code <prefix>.number.range}, {@code <prefix>.percent.range} and {@code
 * <prefix>.choose} (a choice or an id that is missing or unknown). The static methods read leniently and report
 * nothing.
 */
public final class Inputs {

    /** The problems an instance reports, each under its prefix. */
    static final List<String> PROBLEMS = List.of(
            "required",
            "tooLong",
            "date.required",
            "date.invalid",
            "date.future",
            "count.negative",
            "number.range",
            "percent.range",
            "choose");

    private final String prefix;
    private final String chooseKey;

    private Inputs(String prefix, String chooseKey) {
        this.prefix = prefix;
        this.chooseKey = chooseKey;
    }

    /** Checks whose problems are the message keys under {@code prefix} ("capacity" gives "capacity.required"). */
    public static Inputs keyed(String prefix) {
        return new Inputs(prefix, prefix + ".choose");
    }

    /** The same checks, with a missing or unknown choice reported under {@code key}. */
    public Inputs choiceKey(String key) {
        return new Inputs(prefix, key);
    }

    /** The text trimmed; null when blank. */
    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The id in {@code value}; null when it is blank or not an id. */
    public static UUID uuid(String value) {
        String text = trimmed(value);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The constant named by {@code value}, ignoring case and reading '-' as '_'; null when blank or unknown. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        String text = trimmed(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Throws the problems found, if any: nothing is written after a refused input. */
    public static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The trimmed text; a problem when it is longer than {@code max} (or missing while {@code required}). */
    public String text(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null && required) {
            problems.add(new FieldProblem(field, prefix + ".required"));
        } else if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, prefix + ".tooLong", max));
        }
        return text;
    }

    /** A date given as year-month-day; a problem when it is missing while {@code required}, or malformed. */
    public LocalDate date(String field, String value, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null) {
            if (required) {
                problems.add(new FieldProblem(field, prefix + ".date.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, prefix + ".date.invalid"));
            return null;
        }
    }

    /** As {@link #date}, and not after {@code today}: what happened cannot be dated in the future. */
    public LocalDate pastDate(
            String field, String value, boolean required, LocalDate today, List<FieldProblem> problems) {
        LocalDate date = date(field, value, required, problems);
        if (date != null && date.isAfter(today)) {
            problems.add(new FieldProblem(field, prefix + ".date.future"));
        }
        return date;
    }

    /** As {@link #date}, required, and not after {@code today}. */
    public LocalDate pastDate(String field, String value, LocalDate today, List<FieldProblem> problems) {
        return pastDate(field, value, true, today, problems);
    }

    /** A count that must not be negative; missing counts as 0. */
    public int count(String field, Integer value, List<FieldProblem> problems) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            problems.add(new FieldProblem(field, prefix + ".count.negative"));
        }
        return value;
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when missing. */
    public int number(String field, Integer value, int min, int max, int fallback, List<FieldProblem> problems) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, prefix + ".number.range", min, max));
        }
        return value;
    }

    /** A score or mark from 0 to 100; a problem otherwise. Null stays null. */
    public Integer percent(String field, Integer value, List<FieldProblem> problems) {
        if (value != null && (value < 0 || value > 100)) {
            problems.add(new FieldProblem(field, prefix + ".percent.range"));
        }
        return value;
    }

    /** An id as text (forms send text); a problem when it is not an id, or missing while {@code required}. */
    public UUID id(String field, String value, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null) {
            if (required) {
                problems.add(new FieldProblem(field, prefix + ".required"));
            }
            return null;
        }
        UUID id = uuid(text);
        if (id == null) {
            problems.add(new FieldProblem(field, chooseKey));
        }
        return id;
    }

    /** A required choice: the constant of {@code type} named by {@code value}; a problem when missing or unknown. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type, List<FieldProblem> problems) {
        return choice(field, value, type, true, problems);
    }

    /** The constant of {@code type} named by {@code value} in any case; a problem when unknown or missing. */
    public <E extends Enum<E>> E choice(
            String field, String value, Class<E> type, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null) {
            if (required) {
                problems.add(new FieldProblem(field, chooseKey));
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        problems.add(new FieldProblem(field, chooseKey));
        return null;
    }
}
