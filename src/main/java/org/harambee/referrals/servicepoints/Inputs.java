package org.harambee.referrals.servicepoints;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.harambee.referrals.ServiceCategory;
import org.harambee.system.InvalidInputException.FieldProblem;

/** Checks shared by the service point and pathway forms and API: trimmed texts, categories, phones, e-mails. */
final class Inputs {

    /** Digits with spaces, dashes, dots or brackets, an optional leading +: what people write on a notice board. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{3,40}");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private Inputs() {}

    /** The text trimmed; null when blank. */
    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The trimmed text; a problem when it is longer than {@code max} (or missing while {@code required}). */
    static String text(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        String text = trimmed(value);
        if (text == null && required) {
            problems.add(new FieldProblem(field, "servicePoints.required"));
        } else if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "servicePoints.tooLong", max));
        }
        return text;
    }

    /** The category named, in any case; null for none or an unknown one. */
    static ServiceCategory category(String value) {
        String name = trimmed(value);
        if (name == null) {
            return null;
        }
        try {
            return ServiceCategory.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A phone number of 6 to 15 digits, written as people do; a problem otherwise. */
    static String phone(String field, String value, List<FieldProblem> problems) {
        String phone = trimmed(value);
        if (phone != null) {
            long digits = phone.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(phone).matches() || digits < 6 || digits > 15) {
                problems.add(new FieldProblem(field, "servicePoints.phone.invalid"));
            }
        }
        return phone;
    }

    /** An e-mail address (something@domain.tld), kept in lower case; a problem otherwise. */
    static String email(String field, String value, List<FieldProblem> problems) {
        String email = trimmed(value);
        if (email != null) {
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                problems.add(new FieldProblem(field, "servicePoints.email.invalid"));
            }
            return email.toLowerCase(Locale.ROOT);
        }
        return null;
    }
}
