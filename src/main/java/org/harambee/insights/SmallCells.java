package org.harambee.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression of a unit's counts beside its children's (DOMAIN section 5). Each measure is a column of a
 * children × measure table whose column total is the unit's own count, so {@link Suppression#table} hides, besides the
 * small cells, enough other cells that no hidden child can be recovered from the unit's total. The referrals sent by
 * priority form one table whose row totals are the referrals sent, since those three add up to it (with a column for
 * any remainder, never shown). A count is shown only when both its cell and the table say so. A unit's own count may
 * exceed the sum of its children's (communities placed at the unit itself); that remainder is never shown either, so
 * the unit's count gives away no hidden child.
 */
final class SmallCells {

    /** Measures kept together because one of them is the sum of the others: total first, then its parts. */
    private static final List<List<Measure>> SUMS = List.of(List.of(
            Measure.REFERRALS_SENT,
            Measure.REFERRALS_SENT_EMERGENCY,
            Measure.REFERRALS_SENT_URGENT,
            Measure.REFERRALS_SENT_NORMAL));

    /** What the reader may see: measure name → count, null when hidden. */
    record Visible(Map<String, Long> unit, List<Map<String, Long>> children) {}

    private SmallCells() {}

    static Visible apply(Suppression suppression, Map<String, Long> unit, List<Map<String, Long>> children) {
        Map<String, Long> shownUnit = new HashMap<>();
        List<Map<String, Long>> shownChildren = new ArrayList<>();
        children.forEach(c -> shownChildren.add(new HashMap<>()));
        List<Measure> alone = new ArrayList<>(Arrays.asList(Measure.values()));
        // Histogram buckets are never shown: a median is shown when the count it is the median of is.
        IndicatorCatalog.all().stream()
                .filter(i -> i.kind() == IndicatorCatalog.Kind.MEDIAN_WEEKS)
                .forEach(i -> alone.remove(i.denominator()));
        for (List<Measure> sum : SUMS) {
            alone.removeAll(sum);
            table(suppression, sum.subList(1, sum.size()), sum.get(0), unit, children, shownUnit, shownChildren);
        }
        for (Measure measure : alone) {
            table(suppression, List.of(measure), null, unit, children, shownUnit, shownChildren);
        }
        return new Visible(shownUnit, shownChildren);
    }

    private static void table(
            Suppression suppression,
            List<Measure> columns,
            Measure rowTotal,
            Map<String, Long> unit,
            List<Map<String, Long>> children,
            Map<String, Long> shownUnit,
            List<Map<String, Long>> shownChildren) {
        int n = children.size();
        int k = columns.size();
        // With a row total, one more column holds what the parts leave of it (never shown), so that each row adds up
        // to the published total even where some of it has no part.
        int width = rowTotal == null ? k : k + 1;
        Long[][] table = null;
        if (n > 0) {
            long[][] cells = new long[n][width];
            for (int i = 0; i < n; i++) {
                long parts = 0;
                for (int j = 0; j < k; j++) {
                    cells[i][j] = value(children.get(i), columns.get(j));
                    parts += cells[i][j];
                }
                if (rowTotal != null) {
                    cells[i][k] = Math.max(0, value(children.get(i), rowTotal) - parts);
                }
            }
            table = suppression.table(cells);
        }
        for (int j = 0; j < k; j++) {
            Measure measure = columns.get(j);
            for (int i = 0; i < n; i++) {
                shownChildren.get(i).put(measure.name(), table[i][j]);
            }
            shownUnit.put(measure.name(), show(suppression, unit, measure, table == null ? Boolean.TRUE : table[n][j]));
        }
        if (rowTotal != null) {
            for (int i = 0; i < n; i++) {
                shownChildren
                        .get(i)
                        .put(rowTotal.name(), show(suppression, children.get(i), rowTotal, table[i][width]));
            }
            shownUnit.put(
                    rowTotal.name(), show(suppression, unit, rowTotal, table == null ? Boolean.TRUE : table[n][width]));
        }
    }

    /** The stored count when the table shows its place and the count is not small itself. */
    private static Long show(Suppression suppression, Map<String, Long> figures, Measure measure, Object tableCell) {
        return tableCell == null ? null : suppression.count(value(figures, measure));
    }

    static long value(Map<String, Long> figures, Measure measure) {
        return figures.getOrDefault(measure.name(), 0L);
    }
}
