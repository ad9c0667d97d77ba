package org.harambee.geography.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the units of one file by P-code, merging identical repeats and reporting conflicting ones. P-code and name
 * rules are checked once per unit, on first sight, which also keeps repeated ancestors cheap.
 */
final class UnitRegistry {

    static final int MAX_PCODE_LENGTH = 32;
    static final int MAX_NAME_LENGTH = 200;

    private final Map<String, UnitDraft> drafts = new HashMap<>();
    private final List<UnitDraft> inOrder = new ArrayList<>();
    private final Set<String> rejected = new HashSet<>();
    private final Problems problems;

    UnitRegistry(Problems problems) {
        this.problems = problems;
    }

    /** Returns the unit a row mentions, creating it on first sight; {@code null} when its P-code is unusable. */
    UnitDraft place(Row row, String pcode, String parentPcode, int level, NameColumns names) {
        UnitDraft known = drafts.get(pcode);
        if (known != null) {
            if (!known.placedAs(parentPcode, level, names, row)) {
                conflict(known, row.line(), known.line());
            }
            return known;
        }
        if (rejected.contains(pcode) || !acceptable(row.line(), pcode, level)) {
            rejected.add(pcode);
            return null;
        }
        Map<String, String> read = names.read(row);
        checkNames(row.line(), pcode, read);
        UnitDraft draft = new UnitDraft(row.line(), pcode, parentPcode, level, read);
        drafts.put(pcode, draft);
        inOrder.add(draft);
        return draft;
    }

    /** Gives the unit the facts of the row that ends at it. */
    void describe(UnitDraft unit, Row row, UnitFacts facts, Boundary geometry) {
        int earlier = unit.describe(row.line(), facts, geometry);
        if (earlier > 0) {
            conflict(unit, row.line(), earlier);
        }
    }

    List<ParsedUnit> units() {
        List<ParsedUnit> units = new ArrayList<>(inOrder.size());
        for (UnitDraft draft : inOrder) {
            units.add(draft.toParsedUnit());
        }
        return units;
    }

    private void conflict(UnitDraft unit, int line, int earlierLine) {
        if (unit.firstConflictOn(line)) {
            problems.add(line, ImportCodes.UNIT_CONFLICT, unit.pcode(), earlierLine);
        }
    }

    private boolean acceptable(int line, String pcode, int level) {
        if (pcode.length() > MAX_PCODE_LENGTH) {
            problems.add(line, ImportCodes.PCODE_TOO_LONG, Problems.excerpt(pcode), MAX_PCODE_LENGTH);
            return false;
        }
        if (!wellFormed(pcode, level)) {
            problems.add(line, level == 0 ? ImportCodes.PCODE_MALFORMED_COUNTRY : ImportCodes.PCODE_MALFORMED, pcode);
            return false;
        }
        return true;
    }

    private void checkNames(int line, String pcode, Map<String, String> names) {
        if (names.isEmpty()) {
            problems.add(line, ImportCodes.NAME_MISSING, pcode);
            return;
        }
        for (String name : names.values()) {
            if (name.length() > MAX_NAME_LENGTH) {
                problems.add(line, ImportCodes.NAME_TOO_LONG, pcode, MAX_NAME_LENGTH);
                return;
            }
        }
    }

    /**
     * OCHA P-codes are two or three ASCII letters and digits ({@code ^[A-Za-z]{2,3}\d+$}); a country's may be letters
     * alone. Checked by hand because it runs once per unit on national files.
     */
    static boolean wellFormed(String pcode, int level) {
        int letters = 0;
        while (letters < pcode.length() && isAsciiLetter(pcode.charAt(letters))) {
            letters++;
        }
        if (letters < 2 || letters > 3) {
            return false;
        }
        for (int i = letters; i < pcode.length(); i++) {
            char c = pcode.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return level == 0 || pcode.length() > letters;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
