package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;

/** A refused page form comes back with each message beside its field; an accepted one goes where the write says. */
class FormsTests {

    private final Forms forms = new Forms(messages());

    @Test
    void anAcceptedFormGoesWhereTheWriteSays() {
        assertThat(forms.submit(() -> "redirect:/done", errors -> "form")).isEqualTo("redirect:/done");
    }

    @Test
    void aRefusedFormComesBackWithTheFirstMessageOfEachFieldRenamedAsTheFormNamesIt() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        try {
            String view = forms.submit(
                    () -> {
                        throw new InvalidInputException(List.of(
                                new FieldProblem("parties[0].id", "demo.required"),
                                new FieldProblem("name", "demo.tooLong", 40),
                                new FieldProblem("name", "demo.required")));
                    },
                    field -> field.startsWith("parties[0]") ? "community" : field,
                    errors -> {
                        assertThat(errors)
                                .containsExactly(
                                        Map.entry("community", "Obligatoire."),
                                        Map.entry("name", "40 caractères au plus."));
                        return "form";
                    });
            assertThat(view).isEqualTo("form");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void anAttemptRefusedHandsOverTheMessages() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        StringBuilder shown = new StringBuilder();
        try {
            forms.attempt(
                    () -> {
                        throw new InvalidInputException(List.of(new FieldProblem("unit", "demo.required")));
                    },
                    errors -> shown.append(errors.get("unit")));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(shown).hasToString("Required.");
    }

    @Test
    void aMissingRecordIsA404WithTheModulesOwnMessage() {
        NotFoundException e = NotFoundException.of("demo.notFound").get();
        assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(e.getDetailMessageCode()).isEqualTo("demo.notFound");
        assertThat(e.getDetailMessageArguments()).isNull();
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("demo.required", Locale.ENGLISH, "Required.");
        messages.addMessage("demo.required", Locale.FRENCH, "Obligatoire.");
        messages.addMessage("demo.tooLong", Locale.FRENCH, "{0} caractères au plus.");
        return messages;
    }
}
