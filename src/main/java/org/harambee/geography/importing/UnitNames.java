package org.harambee.geography.importing;

import java.util.Map;
import java.util.TreeMap;
import org.harambee.system.SearchTerms;

/**
 * Which of a unit's names stands for it where no language is asked for (English, then unspecified, then any), and
 * how names are folded for searching.
 */
public final class UnitNames {

    private UnitNames() {}

    static String defaultName(Map<String, String> names) {
        if (names.containsKey("en")) {
            return names.get("en");
        }
        if (names.containsKey("und")) {
            return names.get("und");
        }
        return new TreeMap<>(names).firstEntry().getValue();
    }

    /** The default name folded, as stored on the unit itself. */
    static String searchName(Map<String, String> names) {
        return fold(defaultName(names));
    }

    /**
     * Folds a name for a search by its start: compatibility forms unified, combining marks dropped (accents in Latin
     * scripts, vowel signs and tone marks in Thai, Arabic and Devanagari, so that a name typed with or without them is
     * found) and lower case ({@link SearchTerms#fold}, shared with the search box). A query is folded the same way as
     * the stored names.
     */
    public static String fold(String name) {
        String folded = SearchTerms.fold(name);
        return folded.length() <= UnitRegistry.MAX_NAME_LENGTH
                ? folded
                : folded.substring(0, UnitRegistry.MAX_NAME_LENGTH);
    }
}
