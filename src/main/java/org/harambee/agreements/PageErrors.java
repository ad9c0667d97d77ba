package org.harambee.agreements;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.harambee.system.InvalidInputException;
import org.springframework.context.MessageSource;

/** A refused input as a form shows it: form field → message in the reader's language, the first per field. */
final class PageErrors {

    private PageErrors() {}

    static Map<String, String> of(
            InvalidInputException e, MessageSource messages, Locale locale, UnaryOperator<String> field) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems()
                .forEach(p ->
                        errors.putIfAbsent(field.apply(p.field()), messages.getMessage(p.key(), p.args(), locale)));
        return errors;
    }

    /** The service's party fields as the form names them: the first picker, the second, the office's name. */
    static String party(String field) {
        if (field.startsWith("parties[0]")) {
            return "communityParty";
        }
        if (field.endsWith(".name")) {
            return "officeName";
        }
        if (field.endsWith(".level")) {
            return "officeLevel";
        }
        return field.startsWith("parties[1]") || field.startsWith("party") ? "systemParty" : field;
    }
}
