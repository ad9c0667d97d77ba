package org.harambee.geography.importing;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the column family of a header. CSV headers and GeoJSON property names go through the same rules, so a
 * file reads the same whichever tool exported it. Headers are compared with case and separators removed, which makes
 * {@code ADM1_PCODE}, {@code admin1Pcode} and {@code adm1_pcode} one column, and {@code Parent P-Code} a key
 * {@code parentpcode}.
 */
final class Layouts {

    private static final Pattern LEVEL_COLUMN = Pattern.compile("adm(?:in)?(\\d{1,2})([a-z0-9]*)");
    private static final int MAX_LEVELS = 100;
    private static final int MAX_HEADER_EXCERPT = 300;

    private Layouts() {}

    /**
     * Returns the reader for the header's family, or {@code null} after reporting why there is none.
     *
     * @param line where to report header problems: 0 for a CSV file, the feature index for GeoJSON
     */
    static RowReader detect(String[] header, int line, UnitRegistry registry, Problems problems) {
        String[] keys = new String[header.length];
        boolean wide = false;
        for (int i = 0; i < header.length; i++) {
            keys[i] = key(header[i]);
            Matcher column = LEVEL_COLUMN.matcher(keys[i]);
            wide |= column.matches() && isPcode(column.group(2));
        }
        if (wide) {
            return wide(header, keys, line, registry, problems);
        }
        int pcode = indexOf(keys, "pcode");
        int level = Math.max(indexOf(keys, "adminlevel"), indexOf(keys, "level"));
        if (pcode >= 0 && level >= 0) {
            return list(header, keys, line, registry, problems);
        }
        problems.add(line, ImportCodes.HEADER_UNKNOWN, Problems.excerpt(String.join(", ", header), MAX_HEADER_EXCERPT));
        return null;
    }

    private static RowReader wide(String[] header, String[] keys, int line, UnitRegistry registry, Problems problems) {
        int[] pcodes = new int[MAX_LEVELS];
        Arrays.fill(pcodes, -1);
        NameColumns[] names = new NameColumns[MAX_LEVELS];
        FactColumns facts = new FactColumns(header);
        int deepest = -1;
        for (int i = 0; i < keys.length; i++) {
            Matcher column = LEVEL_COLUMN.matcher(keys[i]);
            if (!column.matches()) {
                facts.accept(keys[i], i);
                continue;
            }
            int level = Integer.parseInt(column.group(1));
            String suffix = column.group(2);
            String language = NameColumns.languageOf(suffix);
            if (isPcode(suffix) && pcodes[level] < 0) {
                pcodes[level] = i;
            } else if (language != null) {
                if (names[level] == null) {
                    names[level] = new NameColumns();
                }
                names[level].add(i, language);
            } else {
                continue;
            }
            deepest = Math.max(deepest, level);
        }
        boolean complete = true;
        for (int level = 0; level <= deepest; level++) {
            if (pcodes[level] < 0) {
                problems.add(line, ImportCodes.HEADER_MISSING_PCODE, level);
                complete = false;
            }
            if (names[level] == null) {
                problems.add(line, ImportCodes.HEADER_MISSING_NAME, level);
                complete = false;
            }
        }
        return complete
                ? new WideRows(
                        Arrays.copyOf(pcodes, deepest + 1),
                        Arrays.copyOf(names, deepest + 1),
                        facts,
                        registry,
                        problems)
                : null;
    }

    private static RowReader list(String[] header, String[] keys, int line, UnitRegistry registry, Problems problems) {
        NameColumns names = new NameColumns();
        FactColumns facts = new FactColumns(header);
        for (int i = 0; i < keys.length; i++) {
            String language = keys[i].startsWith("name") ? NameColumns.languageOf(keys[i]) : null;
            if (language != null) {
                names.add(i, language);
            } else {
                facts.accept(keys[i], i);
            }
        }
        if (names.isEmpty()) {
            problems.add(line, ImportCodes.HEADER_MISSING_LIST_NAME);
            return null;
        }
        int level = indexOf(keys, "adminlevel") >= 0 ? indexOf(keys, "adminlevel") : indexOf(keys, "level");
        return new ListRows(
                level, indexOf(keys, "pcode"), indexOf(keys, "parentpcode"), names, facts, registry, problems);
    }

    /**
     * {@code pcode}, or {@code pcod} as shapefiles cut {@code admin1Pcode} to ten characters ({@code admin1Pcod}); the
     * COD-AB sets of 2015-2019 and the GeoJSON converted from them carry the cut names.
     */
    private static boolean isPcode(String suffix) {
        return suffix.equals("pcode") || suffix.equals("pcod");
    }

    /** Lower-cases ASCII letters and drops everything but letters and digits. */
    static String key(String header) {
        StringBuilder key = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                key.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static int indexOf(String[] keys, String key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
