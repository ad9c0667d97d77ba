package org.harambee.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * A page form sent to a service: what the service refuses ({@link InvalidInputException}) comes back as the form again,
 * each message beside its field in the reader's language, and so does a place chosen outside the user's area
 * ({@link OutsideAreaException}) instead of a 403 page that loses what was typed. Used by every controller of a page
 * form instead of its own try/catch. A form bound to a record ({@code @Valid @ModelAttribute("form") Form form,
 * BindingResult binding}) passes its binding too: what the binding refused (a date that is no date, a Bean Validation
 * constraint) comes back in the same shape, before the service is asked.
 */
@Component
public class Forms {

    private final MessageSource messages;

    public Forms(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The view {@code write} returns (a redirect, as a rule); when the service refuses the input, the view {@code
     * refused} returns for the form's messages by field.
     */
    public <T> T submit(Supplier<T> write, Function<Map<String, String>, T> refused) {
        return submit(write, UnaryOperator.identity(), refused);
    }

    /** As {@link #submit(Supplier, Function)}, with the service's field names renamed to the form's by {@code field}. */
    public <T> T submit(Supplier<T> write, UnaryOperator<String> field, Function<Map<String, String>, T> refused) {
        try {
            return write.get();
        } catch (InvalidInputException e) {
            return refused.apply(errors(e, field));
        } catch (OutsideAreaException e) {
            return refused.apply(errors(e, field));
        }
    }

    /**
     * As {@link #submit(Supplier, Function)} for a form bound to a record: when the binding has errors, {@code refused}
     * gets them and the service is not asked (a value that could not be read must not be written as empty).
     */
    public <T> T submit(BindingResult binding, Supplier<T> write, Function<Map<String, String>, T> refused) {
        return submit(binding, write, UnaryOperator.identity(), refused);
    }

    /**
     * As {@link #submit(BindingResult, Supplier, Function)}, with every field name renamed by {@code field} to the one
     * the page shows: the service's names and the form's alike.
     */
    public <T> T submit(
            BindingResult binding,
            Supplier<T> write,
            UnaryOperator<String> field,
            Function<Map<String, String>, T> refused) {
        if (binding.hasErrors()) {
            return refused.apply(errors(binding, field));
        }
        return submit(write, field, refused);
    }

    /**
     * Runs {@code action}; when the service refuses the input, {@code refused} gets the messages by field instead (a
     * filter of a listing, a form whose refusal is carried to the next page).
     */
    public void attempt(Runnable action, Consumer<Map<String, String>> refused) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            refused.accept(errors(e));
        }
    }

    /** The place's field → "outside your area", in the reader's language; the field renamed by {@code field}. */
    public Map<String, String> errors(OutsideAreaException e, UnaryOperator<String> field) {
        return Map.of(
                field.apply(e.field()),
                messages.getMessage("problem.outsideArea", null, LocaleContextHolder.getLocale()));
    }

    /** Field → message in the reader's language, the first message of each field. */
    public Map<String, String> errors(InvalidInputException e) {
        return errors(e, UnaryOperator.identity());
    }

    /** As {@link #errors(InvalidInputException)}, with the service's field names renamed by {@code field}. */
    public Map<String, String> errors(InvalidInputException e, UnaryOperator<String> field) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems()
                .forEach(p -> errors.putIfAbsent(
                        field.apply(p.field()),
                        messages.getMessage(p.key(), p.args(), LocaleContextHolder.getLocale())));
        return errors;
    }

    /**
     * Field → message in the reader's language for what the binding refused, the first of each field: a type mismatch
     * through the {@code typeMismatch.<type>} keys, a constraint through its own key ({@code NotBlank}, {@code Size})
     * or else the validator's sentence. An error of the whole form is keyed by the form's name.
     */
    public Map<String, String> errors(BindingResult binding, UnaryOperator<String> field) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors()
                .forEach(e -> errors.putIfAbsent(field.apply(e.getField()), messages.getMessage(e, locale)));
        binding.getGlobalErrors()
                .forEach(e -> errors.putIfAbsent(field.apply(e.getObjectName()), messages.getMessage(e, locale)));
        return errors;
    }
}
