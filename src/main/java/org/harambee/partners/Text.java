package org.harambee.partners;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.harambee.system.InvalidInputException.FieldProblem;

/** Checks of entered text shared by the partner forms: trimmed, blank as absent, within a length, of a form. */
final class Text {

    private Text() {}

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The trimmed value, or a problem on {@code field} when it is longer than {@code max}. */
    static String limited(String value, int max, String field, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "partners.tooLong", max));
        }
        return text;
    }

    /** The trimmed value, or a problem on {@code field} when it does not match or is too long. */
    static String matching(
            String value, Pattern pattern, int max, String field, String key, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text != null && (text.length() > max || !pattern.matcher(text).matches())) {
            problems.add(new FieldProblem(field, key));
        }
        return text;
    }

    /** The id in {@code value}, or null when it is blank or not an id (the service then says the field is wrong). */
    static java.util.UUID id(String value) {
        String text = trimmed(value);
        if (text == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The constant named by {@code value} ignoring case, or null. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
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
}
