package org.harambee.insights;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-cell suppression of a unit's flows across periods. A year's months, its quarters and the year add up, and a
 * reader may ask for the trend by month, by quarter and by year: each flow of each year is therefore one table of
 * quarters × the three months of a quarter, the quarters its row totals and the year its grand total, suppressed by
 * {@link Suppression#table} (the complementary rule of the place table), so that no hidden month can be worked out
 * from its quarter and the other months, nor a hidden quarter from the year and the other quarters. Stocks are read
 * at one month and add up over nothing; they keep the small-cell rule alone.
 */
final class PeriodCells {

    /** What the tables hide: measure name, period kind and start. */
    record Key(String measure, char kind, LocalDate start) {}

    private PeriodCells() {}

    /**
     * The periods hidden by the linked tables of these rows: the month rows of whole years (quarter and year rows are
     * read from their months, which they add up to).
     */
    static Set<Key> hidden(Suppression suppression, List<RollupReads.Row> rows) {
        Map<String, Map<Integer, long[][]>> tables = new HashMap<>();
        for (RollupReads.Row row : rows) {
            if (row.kind() != 'M' || !flow(row.measure())) {
                continue;
            }
            int month = row.start().getMonthValue() - 1;
            tables.computeIfAbsent(row.measure(), m -> new HashMap<>())
                            .computeIfAbsent(row.start().getYear(), y -> new long[4][3])[month / 3][month % 3] =
                    row.value();
        }
        Set<Key> hidden = new HashSet<>();
        tables.forEach((measure, years) -> years.forEach((year, cells) -> {
            Long[][] shown = suppression.table(cells);
            for (int q = 0; q < 4; q++) {
                for (int m = 0; m < 3; m++) {
                    if (shown[q][m] == null) {
                        hidden.add(new Key(measure, 'M', LocalDate.of(year, q * 3 + m + 1, 1)));
                    }
                }
                if (shown[q][3] == null) {
                    hidden.add(new Key(measure, 'Q', LocalDate.of(year, q * 3 + 1, 1)));
                }
            }
            if (shown[4][3] == null) {
                hidden.add(new Key(measure, 'Y', LocalDate.of(year, 1, 1)));
            }
        }));
        return hidden;
    }

    private static boolean flow(String measure) {
        try {
            return !Measure.valueOf(measure).stock();
        } catch (IllegalArgumentException e) {
            return false; // a histogram bucket: never shown
        }
    }
}
