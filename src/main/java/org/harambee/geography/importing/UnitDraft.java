package org.harambee.geography.importing;

import java.util.Map;
import java.util.Objects;

/**
 * A unit while its file is being read. Wide files mention a unit once per descendant row, but only the row that ends
 * at the unit describes it (dates, population, geometry); every mention must agree with the first.
 */
final class UnitDraft {

    private final int line;
    private final String pcode;
    private final String parentPcode;
    private final int level;
    private Map<String, String> names;
    private int describedOn;
    private UnitFacts facts = UnitFacts.NONE;
    private Boundary geometry;
    private int conflictOn;

    UnitDraft(int line, String pcode, String parentPcode, int level, Map<String, String> names) {
        this.line = line;
        this.pcode = pcode;
        this.parentPcode = parentPcode;
        this.level = level;
        this.names = names;
    }

    int line() {
        return line;
    }

    String pcode() {
        return pcode;
    }

    /**
     * Tells whether a later mention places and names the unit as the first one did; names it adds in other languages
     * are kept.
     */
    boolean placedAs(String otherParent, int otherLevel, NameColumns nameColumns, Row row) {
        if (level != otherLevel || !Objects.equals(parentPcode, otherParent)) {
            return false;
        }
        Map<String, String> merged = nameColumns.mergedWith(names, row);
        if (merged == null) {
            return false;
        }
        names = merged;
        return true;
    }

    /**
     * Records the unit's own facts the first time; later, checks that they are repeated unchanged.
     *
     * @return 0 when accepted, otherwise the line of the earlier, different description
     */
    int describe(int describingLine, UnitFacts newFacts, Boundary newGeometry) {
        if (describedOn == 0) {
            describedOn = describingLine;
            facts = newFacts;
            geometry = newGeometry;
            return 0;
        }
        return facts.equals(newFacts) && Objects.equals(hash(geometry), hash(newGeometry)) ? 0 : describedOn;
    }

    /** Returns whether this is the first conflict reported for the unit on that line, so a line reports it once. */
    boolean firstConflictOn(int conflictLine) {
        if (conflictOn == conflictLine) {
            return false;
        }
        conflictOn = conflictLine;
        return true;
    }

    /** P-codes are stored upper-case, as OCHA writes them, so that look-ups and searches ignore case. */
    ParsedUnit toParsedUnit() {
        return new ParsedUnit(
                line,
                upper(pcode),
                upper(parentPcode),
                level,
                names,
                facts.validFrom(),
                facts.validTo(),
                facts.populationTotal(),
                facts.populationChildren(),
                geometry);
    }

    private static String hash(Boundary boundary) {
        return boundary == null ? null : boundary.hash();
    }

    private static String upper(String pcode) {
        return pcode == null ? null : pcode.toUpperCase(java.util.Locale.ROOT);
    }
}
