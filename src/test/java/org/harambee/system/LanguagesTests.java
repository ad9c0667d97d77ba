package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class LanguagesTests {

    static final Set<String> RTL = Set.of("ar", "fa", "he", "ps", "ur");

    @Test
    void theConfiguredLanguagesAreOfferedInOrderByTheirOwnNames() {
        Languages languages = new Languages(List.of("en", "fr", "sw"), RTL, new MockEnvironment());

        assertThat(languages.all())
                .extracting(Languages.Language::tag, Languages.Language::name, Languages.Language::direction)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("en", "English", "ltr"),
                        org.assertj.core.groups.Tuple.tuple("fr", "Français", "ltr"),
                        org.assertj.core.groups.Tuple.tuple("sw", "Kiswahili", "ltr"));
    }

    @Test
    void aRightToLeftLanguageIsWrittenRightToLeft() {
        Languages languages = new Languages(List.of("en", "ar"), RTL, new MockEnvironment());

        assertThat(languages.direction(Locale.forLanguageTag("ar-EG"))).isEqualTo("rtl");
        assertThat(languages.direction(Locale.ENGLISH)).isEqualTo("ltr");
        assertThat(languages.nameOf("ar")).isEqualTo("العربية");
    }

    @Test
    void aLanguageIsKnownByItsLanguageWhateverTheRegion() {
        Languages languages = new Languages(List.of("en", "fr", "sw"), RTL, new MockEnvironment());

        assertThat(languages.supports("sw-KE")).isTrue();
        assertThat(languages.supports("de")).isFalse();
        assertThat(languages.supports(null)).isFalse();
        assertThat(languages.of(Locale.GERMAN).tag()).isEqualTo("en");
    }

    @Test
    void aNameCanBeGivenWhereTheJdkHasNone() {
        MockEnvironment environment = new MockEnvironment().withProperty("harambee.language-names.ar", "Arabiyya");

        assertThat(new Languages(List.of("en", "ar"), RTL, environment).nameOf("ar"))
                .isEqualTo("Arabiyya");
    }

    @Test
    void aLanguageWithoutAMessageFileCannotBeConfigured() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new Languages(List.of("en", "de"), RTL, new MockEnvironment()))
                .withMessageContaining("messages_de.properties");
    }
}
