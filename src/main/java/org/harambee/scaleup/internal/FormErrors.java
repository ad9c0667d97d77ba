package org.harambee.scaleup.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.harambee.system.InvalidInputException;
import org.springframework.context.MessageSource;

/** A refused input as a form shows it: field → message in the reader's language, the first message per field. */
public final class FormErrors {

    private FormErrors() {}

    public static Map<String, String> of(InvalidInputException e, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.putIfAbsent(p.field(), messages.getMessage(p.key(), p.args(), locale)));
        return errors;
    }
}
