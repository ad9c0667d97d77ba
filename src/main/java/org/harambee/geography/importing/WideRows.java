package org.harambee.geography.importing;

/**
 * Reads the wide COD-AB families ({@code ADM1_PCODE}, {@code admin1Pcode}, {@code adm1_pcode}): a row describes its
 * deepest filled level and repeats every ancestor, whose parent is the P-code one level up on the same row.
 */
final class WideRows implements RowReader {

    private final int[] pcodeColumns;
    private final NameColumns[] nameColumns;
    private final FactColumns facts;
    private final UnitRegistry registry;
    private final Problems problems;

    WideRows(
            int[] pcodeColumns,
            NameColumns[] nameColumns,
            FactColumns facts,
            UnitRegistry registry,
            Problems problems) {
        this.pcodeColumns = pcodeColumns;
        this.nameColumns = nameColumns;
        this.facts = facts;
        this.registry = registry;
        this.problems = problems;
    }

    @Override
    public String format() {
        return "cod-ab-wide";
    }

    @Override
    public void read(Row row, Boundary geometry) {
        int deepest = -1;
        for (int level = 0; level < pcodeColumns.length; level++) {
            if (!row.cell(pcodeColumns[level]).isEmpty()) {
                deepest = level;
            }
        }
        if (deepest < 0) {
            problems.add(row.line(), ImportCodes.ROW_NO_PCODE);
            return;
        }
        for (int level = 0; level < deepest; level++) {
            if (row.cell(pcodeColumns[level]).isEmpty()) {
                problems.add(row.line(), ImportCodes.ROW_LEVEL_GAP, level);
                return;
            }
        }
        String parent = null;
        UnitDraft unit = null;
        for (int level = 0; level <= deepest; level++) {
            String pcode = row.cell(pcodeColumns[level]);
            unit = registry.place(row, pcode, parent, level, nameColumns[level]);
            if (unit == null) {
                return;
            }
            // The registry's copy of the P-code, so that 650,000 children do not each keep a copy of their parent's.
            parent = unit.pcode();
        }
        registry.describe(unit, row, facts.read(row, parent, problems), geometry);
    }
}
