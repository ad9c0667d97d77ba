package org.harambee.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The languages the pages speak, from configuration ({@code harambee.languages}, the first being the default), each
 * with its own name and writing direction. A language is only offered with its complete message file
 * ({@code messages_<tag>.properties}; English is {@code messages.properties}), so a start with a language configured
 * but not translated fails at once. Templates reach this bean as {@code @languages}.
 */
@Component("languages")
public class Languages {

    /** One language as the switcher shows it: its tag, its name in itself, and {@code ltr} or {@code rtl}. */
    public record Language(String tag, String name, String direction) {

        public Locale locale() {
            return Locale.forLanguageTag(tag);
        }
    }

    /** The cookie that remembers the chosen language on this browser for a year. */
    public static final String COOKIE = "harambee-lang";

    /** The query parameter that switches the language, e.g. {@code ?lang=sw}. */
    public static final String PARAMETER = "lang";

    private final List<Language> all;

    Languages(
            @Value("${harambee.languages:en,fr,sw}") List<String> tags,
            @Value("${harambee.right-to-left-languages:ar,ckb,dv,fa,he,ps,sd,ug,ur,yi}") Set<String> rightToLeft,
            Environment environment) {
        if (tags.isEmpty()) {
            throw new IllegalStateException("harambee.languages names no language");
        }
        Set<String> rtl = rightToLeft.stream().map(Languages::normalised).collect(Collectors.toSet());
        this.all = tags.stream()
                .map(Languages::normalised)
                .distinct()
                .map(tag -> new Language(
                        tag,
                        environment.getProperty("harambee.language-names." + tag, ownName(tag)),
                        rtl.contains(Locale.forLanguageTag(tag).getLanguage()) ? "rtl" : "ltr"))
                .toList();
        all.stream()
                .filter(l -> !l.tag().equals("en"))
                .filter(l -> !new ClassPathResource(messageFile(l)).exists())
                .findFirst()
                .ifPresent(l -> {
                    throw new IllegalStateException("harambee.languages names " + l.tag() + " but there is no "
                            + messageFile(l) + " (see docs/languages.md)");
                });
    }

    /** The configured languages, in the order of the configuration. */
    public List<Language> all() {
        return all;
    }

    public List<String> tags() {
        return all.stream().map(Language::tag).toList();
    }

    public Language defaultLanguage() {
        return all.get(0);
    }

    /** Whether the pages speak this language (a tag such as {@code sw}, or {@code sw-KE} for its language). */
    public boolean supports(String tag) {
        return find(tag).isPresent();
    }

    public Optional<Language> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return all.stream()
                .filter(l -> l.locale().getLanguage().equals(language))
                .findFirst();
    }

    /** A language's own name, or the tag itself when the pages no longer speak it. */
    public String nameOf(String tag) {
        return find(tag).map(Language::name).orElse(tag);
    }

    /** The language for a locale: the same language when spoken, otherwise the default. */
    public Language of(Locale locale) {
        return find(locale == null ? null : locale.toLanguageTag()).orElse(defaultLanguage());
    }

    /** {@code rtl} or {@code ltr}, for the {@code dir} attribute of the page. */
    public String direction(Locale locale) {
        return of(locale).direction();
    }

    private static String messageFile(Language language) {
        return "messages_" + language.locale() + ".properties";
    }

    private static String normalised(String tag) {
        return Locale.forLanguageTag(tag.trim().replace('_', '-')).toLanguageTag();
    }

    /** The language's name in itself (from the JDK's CLDR data), capitalised as at the start of a sentence. */
    private static String ownName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty() || name.equals(locale.getLanguage())) {
            return tag;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
