package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.ResolvableType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * A form bound to a record: what the binding could not read and what Bean Validation refused come back as the service's
 * refusals do, field → message in the reader's language (the application's own message files), and the service is not
 * asked; a clean binding goes on to the service.
 */
class BoundFormsTests {

    record Demo(
            @NotBlank String name,
            @Size(max = 5) String code,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Integer count) {}

    private final Forms forms = new Forms(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void whatTheBindingRefusedComesBackByFieldAndTheServiceIsNotAsked() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        AtomicBoolean asked = new AtomicBoolean();
        Map<String, String> shown = new LinkedHashMap<>();

        String view = forms.submit(
                bind(Map.of("name", " ", "code", "TOOLONG", "on", "2026-13-45", "count", "many")),
                () -> {
                    asked.set(true);
                    return "redirect:/done";
                },
                errors -> {
                    shown.putAll(errors);
                    return "form";
                });

        assertThat(view).isEqualTo("form");
        assertThat(asked).isFalse();
        assertThat(shown)
                .containsOnly(
                        Map.entry("name", "This field is required."),
                        Map.entry("code", "Between 0 and 5 characters."),
                        Map.entry("on", "Give a date as year-month-day."),
                        Map.entry("count", "Give a whole number."));
    }

    @Test
    void theBindingsMessagesAreInEveryLanguageOfTheApplication() {
        BindingResult binding = bind(Map.of("name", "", "code", "TOOLONG", "on", "2026-02-30", "count", "x"));
        for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("sw"))) {
            LocaleContextHolder.setLocale(language);
            Map<String, String> errors = forms.errors(binding, f -> f);
            assertThat(errors).as(language.toString()).containsOnlyKeys("name", "code", "on", "count");
            assertThat(errors.values())
                    .as(language.toString())
                    .doesNotContain("must not be blank", "size must be between 0 and 5")
                    .allSatisfy(m -> assertThat(m).doesNotContain("{", "Failed to convert"));
        }
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(forms.errors(binding, f -> f))
                .containsEntry("on", "Indiquez une date sous la forme année-mois-jour.")
                .containsEntry("code", "Entre 0 et 5 caractères.");
    }

    @Test
    void aCleanBindingGoesToTheServiceWhoseRefusalIsRenamedAsThePageNamesIt() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        BindingResult binding = bind(Map.of("name", "Amber", "code", "QZ", "on", "2026-03-14", "count", "3"));
        assertThat(((Demo) binding.getTarget()).on()).isEqualTo(LocalDate.of(2026, 3, 14));

        String view = forms.submit(
                binding,
                () -> {
                    throw new InvalidInputException(List.of(new FieldProblem("unit", "partners.unit.required")));
                },
                field -> field.equals("unit") ? "place" : field,
                errors -> {
                    assertThat(errors).containsExactly(Map.entry("place", "Give the P-code of the place."));
                    return "form";
                });

        assertThat(view).isEqualTo("form");
        assertThat(forms.submit(binding, () -> "redirect:/done", errors -> "form"))
                .isEqualTo("redirect:/done");
    }

    private static BindingResult bind(Map<String, String> values) {
        DataBinder binder = new DataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(Demo.class));
        binder.setConversionService(new DefaultFormattingConversionService());
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        binder.setValidator(validator);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                return values.get(name);
            }

            @Override
            public Set<String> getNames() {
                return values.keySet();
            }
        });
        binder.validate();
        return binder.getBindingResult();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
