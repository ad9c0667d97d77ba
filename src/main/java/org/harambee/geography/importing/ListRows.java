package org.harambee.geography.importing;

/**
 * Reads the global list family ({@code Location, Admin Level, P-Code, Name, Parent P-Code}): one row per unit, which
 * names its parent instead of repeating it.
 */
final class ListRows implements RowReader {

    private static final int MAX_LEVEL_DIGITS = 2;

    private final int levelColumn;
    private final int pcodeColumn;
    private final int parentColumn;
    private final NameColumns names;
    private final FactColumns facts;
    private final UnitRegistry registry;
    private final Problems problems;

    ListRows(
            int levelColumn,
            int pcodeColumn,
            int parentColumn,
            NameColumns names,
            FactColumns facts,
            UnitRegistry registry,
            Problems problems) {
        this.levelColumn = levelColumn;
        this.pcodeColumn = pcodeColumn;
        this.parentColumn = parentColumn;
        this.names = names;
        this.facts = facts;
        this.registry = registry;
        this.problems = problems;
    }

    @Override
    public String format() {
        return "global-list";
    }

    @Override
    public void read(Row row, Boundary geometry) {
        String pcode = row.cell(pcodeColumn);
        if (pcode.isEmpty()) {
            problems.add(row.line(), ImportCodes.ROW_NO_PCODE);
            return;
        }
        String levelText = row.cell(levelColumn);
        int level = level(levelText);
        if (level < 0) {
            problems.add(row.line(), ImportCodes.LEVEL_INVALID, Problems.excerpt(levelText));
            return;
        }
        String parent = row.cell(parentColumn);
        UnitDraft unit = registry.place(row, pcode, parent.isEmpty() ? null : parent, level, names);
        if (unit != null) {
            registry.describe(unit, row, facts.read(row, pcode, problems), geometry);
        }
    }

    private static int level(String text) {
        if (text.isEmpty() || text.length() > MAX_LEVEL_DIGITS) {
            return -1;
        }
        int level = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            level = level * 10 + (c - '0');
        }
        return level;
    }
}
