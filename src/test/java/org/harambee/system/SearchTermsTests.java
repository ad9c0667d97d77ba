package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchTermsTests {

    @Test
    void aNameIsStoredAsItsFoldedWordsEachAfterASpace() {
        assertThat(SearchTerms.words("École Sainte-Thérèse")).isEqualTo(" ecole sainte therese");
        assertThat(SearchTerms.words("Réseau", null, "RE-1")).isEqualTo(" reseau re 1");
        assertThat(SearchTerms.words((String) null)).isNull();
    }

    @Test
    void devanagariKeepsItsLettersAndDropsItsNonSpacingMarks() {
        assertThat(SearchTerms.words("रामपुर गाँव")).isEqualTo(" रामपर गाव");
        assertThat(SearchTerms.of("गाँव").matches("रामपुर गाँव")).isTrue();
    }

    @Test
    void everyWordOfTheQueryMustStartAWordOfTheName() {
        SearchTerms terms = SearchTerms.of("  cha KIJ ");
        assertThat(terms.words()).containsExactly("cha", "kij");
        assertThat(terms.matches("Kijiji cha Amani")).isTrue();
        assertThat(terms.matches("Kijiji Amani")).isFalse();
        assertThat(SearchTerms.of("jiji").matches("Kijiji")).isFalse();
    }

    @Test
    void likeWildcardsSeparateWordsAndNeverReachTheCondition() {
        Map<String, Object> params = new HashMap<>();
        String sql = SearchTerms.of("50% a_b").matchAll("t.search_words", "w", params);
        assertThat(sql)
                .isEqualTo("(t.search_words like :w0 escape '\\' and t.search_words like :w1 escape '\\'"
                        + " and t.search_words like :w2 escape '\\')");
        assertThat(params)
                .containsEntry("w0", "% 50%")
                .containsEntry("w1", "% a%")
                .containsEntry("w2", "% b%");
    }

    @Test
    void aQueryTooShortOrTooLongIsRefusedOnItsField() {
        assertThatThrownBy(() -> SearchTerms.of(" a ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchTerms.of(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchTerms.of("x".repeat(101)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).key()).isEqualTo("search.q.tooLong"));
        assertThat(SearchTerms.of("ab").words()).containsExactly("ab");
    }
}
