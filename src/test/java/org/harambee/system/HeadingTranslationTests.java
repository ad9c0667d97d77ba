package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page title in French or Swahili is not the English one left as it was, unless the word is the same in that
 * language (a name such as DHIS2, or a word both languages share).
 */
class HeadingTranslationTests {

    private static final Set<String> SAME_IN_BOTH = Set.of(
            "partners.organisations.title",
            "partners.forums.title",
            "meetings.title",
            "scaleup.plans.title",
            "insights.dhis2.title",
            "insights.diffusion.title");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "sw"})
    void everyTitleIsTranslated(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + language + ".properties");
        List<String> untranslated = english.stringPropertyNames().stream()
                .filter(k -> k.endsWith(".title") && !SAME_IN_BOTH.contains(k))
                .filter(k -> english.getProperty(k).equals(translated.getProperty(k)))
                .sorted()
                .toList();
        assertThat(untranslated).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HeadingTranslationTests.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
