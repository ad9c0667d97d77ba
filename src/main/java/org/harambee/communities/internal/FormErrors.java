package org.harambee.communities.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.harambee.system.InvalidInputException;
import org.springframework.context.MessageSource;

/** A refused input as a form shows it: field → message in the reader's language, the first message per field. */
public final class FormErrors {

    private FormErrors() {}

    public static Map<String, String> of(InvalidInputException e, MessageSource messages, Locale locale) {
        return of(e, messages, locale, UnaryOperator.identity());
    }

    /** With the service's field names renamed to the form's by {@code field}. */
    public static Map<String, String> of(
            InvalidInputException e, MessageSource messages, Locale locale, UnaryOperator<String> field) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems()
                .forEach(p ->
                        errors.putIfAbsent(field.apply(p.field()), messages.getMessage(p.key(), p.args(), locale)));
        return errors;
    }
}
