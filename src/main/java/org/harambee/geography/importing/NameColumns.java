package org.harambee.geography.importing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The name columns of one level, each tied to a language. Wide files repeat every ancestor on every row, so names are
 * compared cell by cell against what was read before instead of building a map per row.
 */
final class NameColumns {

    /** The key for names whose column states no language (BCP 47 "undetermined"). */
    static final String UNDETERMINED = "und";

    private int[] columns = new int[0];
    private String[] languages = new String[0];

    /** Adds a column unless the level already has one for that language; the first such column wins. */
    void add(int column, String language) {
        if (!Arrays.asList(languages).contains(language)) {
            columns = Arrays.copyOf(columns, columns.length + 1);
            columns[columns.length - 1] = column;
            languages = Arrays.copyOf(languages, languages.length + 1);
            languages[languages.length - 1] = language;
        }
    }

    boolean isEmpty() {
        return columns.length == 0;
    }

    /** Returns the non-blank names of the row, keyed by language. */
    Map<String, String> read(Row row) {
        if (columns.length == 1) {
            String name = row.cell(columns[0]);
            return name.isEmpty() ? Map.of() : Map.of(languages[0], name);
        }
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < columns.length; i++) {
            String name = row.cell(columns[i]);
            if (!name.isEmpty()) {
                names.put(languages[i], name);
            }
        }
        return Map.copyOf(names);
    }

    /**
     * Returns the names with those the row adds in other languages, or {@code null} when the row names the unit
     * differently in a language both have. Sheets and layers of one file repeat an ancestor with the name columns of
     * their own table, often fewer than where the ancestor is described.
     */
    Map<String, String> mergedWith(Map<String, String> names, Row row) {
        Map<String, String> merged = names;
        for (int i = 0; i < columns.length; i++) {
            String name = row.cell(columns[i]);
            if (name.isEmpty()) {
                continue;
            }
            String known = names.get(languages[i]);
            if (known == null) {
                merged = merged == names ? new HashMap<>(names) : merged;
                merged.put(languages[i], name);
            } else if (!known.equals(name)) {
                return null;
            }
        }
        return merged;
    }

    /**
     * Returns the language of a column-name suffix such as {@code en}, {@code name}, {@code nameen} or {@code name_fr}
     * (already lower-cased and stripped of separators), or {@code null} when the suffix names no name column.
     */
    static String languageOf(String suffix) {
        if (suffix.equals("name")) {
            return UNDETERMINED;
        }
        String code = suffix.startsWith("name") ? suffix.substring(4) : suffix;
        return code.length() == 2 && isLetter(code.charAt(0)) && isLetter(code.charAt(1)) ? code : null;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
