package org.harambee.partners;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.harambee.system.InvalidInputException;
import org.springframework.context.MessageSource;

/** A refused form's messages by field, in the user's language, to show beside each field. */
final class FormErrors {

    private FormErrors() {}

    /** Field → message; {@code renamed} maps a service's field to the form field that shows it. */
    static Map<String, String> of(
            InvalidInputException e, MessageSource messages, Locale locale, Map<String, String> renamed) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.byField()
                .forEach((field, problem) -> errors.putIfAbsent(
                        renamed.getOrDefault(field, field),
                        messages.getMessage(problem.key(), problem.args(), locale)));
        return errors;
    }
}
