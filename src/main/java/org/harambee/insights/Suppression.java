package org.harambee.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression (DOMAIN section 5). A count from 1 to threshold − 1 is hidden (a zero identifies nobody
 * and is shown); a rate whose numerator or denominator is hidden must be hidden by its caller; and complementary
 * cells are hidden so that no hidden cell can be worked out from the totals published beside it.
 *
 * <p>A table is published with its row totals, column totals and grand total. Its hidden entries are the edges of a
 * bipartite graph between the lines (rows, the totals row, columns, the totals column); an entry is exactly
 * recoverable from the published figures if and only if its edge lies on no cycle of that graph (a bridge), since only
 * a cycle lets the hidden values shift against each other while every line still adds up. Suppression therefore adds
 * complementary entries, smallest non-zero first, until no hidden entry is a bridge.
 */
public final class Suppression {

    private final int threshold;

    public Suppression(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** True when a count is small enough to be hidden on its own. */
    public boolean small(long value) {
        return value > 0 && value < threshold;
    }

    /** A lone count: null when hidden. */
    public Long count(long value) {
        return small(value) ? null : value;
    }

    /**
     * Parts published with their total (e.g. the children units' counts of one measure and the parent's): returns
     * the parts followed by the total, hidden ones null.
     */
    public Long[] line(long[] parts, long total) {
        return line(parts, total, new boolean[parts.length]);
    }

    /**
     * As {@link #line(long[], long)}, with the parts flagged in {@code alsoHidden} hidden whatever their size (a part
     * that would give away a small count elsewhere): they are protected by complements as small ones are.
     */
    public Long[] line(long[] parts, long total, boolean[] alsoHidden) {
        // a one-column table whose row totals repeat its parts: hiding a part hides its copy, so a cycle needs two
        // hidden parts, or a hidden part and the hidden total
        long[][] full = new long[parts.length + 1][];
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
            full[i] = new long[] {parts[i], parts[i]};
        }
        full[parts.length] = new long[] {total, total};
        boolean[][] hidden = small(full);
        for (int i = 0; i < parts.length; i++) {
            if (alsoHidden[i]) {
                hidden[i][0] = true;
                hidden[i][1] = true;
            }
        }
        complete(full, hidden);
        Long[] out = new Long[parts.length + 1];
        for (int i = 0; i <= parts.length; i++) {
            out[i] = hidden[i][0] ? null : full[i][0];
        }
        return out;
    }

    /**
     * A table of counts whose row totals, column totals and grand total are published too. Returns the cells with
     * hidden ones as null, then one more row of column totals, with one more column of row totals (the grand total at
     * the corner), hidden totals as null too.
     */
    public Long[][] table(long[][] cells) {
        long grand = 0;
        for (long[] row : cells) {
            for (long v : row) {
                grand += v;
            }
        }
        long[][] full = withTotals(cells, grand);
        boolean[][] hidden = suppress(full);
        Long[][] out = new Long[full.length][];
        for (int i = 0; i < full.length; i++) {
            out[i] = new Long[full[i].length];
            for (int j = 0; j < full[i].length; j++) {
                out[i][j] = hidden[i][j] ? null : full[i][j];
            }
        }
        return out;
    }

    /** The table with a row-total column and a totals row. */
    private static long[][] withTotals(long[][] cells, long grand) {
        int rows = cells.length;
        int cols = rows == 0 ? 0 : cells[0].length;
        long[][] full = new long[rows + 1][cols + 1];
        for (int i = 0; i < rows; i++) {
            if (cells[i].length != cols) {
                throw new IllegalArgumentException("every row needs the same number of cells");
            }
            for (int j = 0; j < cols; j++) {
                long v = cells[i][j];
                if (v < 0) {
                    throw new IllegalArgumentException("counts are never negative");
                }
                full[i][j] = v;
                full[i][cols] += v;
                full[rows][j] += v;
            }
        }
        full[rows][cols] = grand;
        return full;
    }

    private boolean[][] suppress(long[][] full) {
        boolean[][] hidden = small(full);
        complete(full, hidden);
        return hidden;
    }

    /** The small entries of a table. */
    private boolean[][] small(long[][] full) {
        int rows = full.length;
        int cols = full[0].length;
        boolean[][] hidden = new boolean[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                hidden[i][j] = small(full[i][j]);
            }
        }
        return hidden;
    }

    /** Hides complements until no hidden entry can be worked out from the published ones. */
    private static void complete(long[][] full, boolean[][] hidden) {
        int[] bridge;
        while (!allHidden(hidden) && (bridge = new Bridges(hidden).first()) != null) {
            hideComplement(full, hidden, bridge[0], bridge[1]);
        }
    }

    /**
     * Hides one more entry so that the exposed entry (i, j) can join a cycle: in its row if it is alone there, else
     * in its column if alone there, else in its row at a column that already holds a hidden entry. Smallest non-zero
     * value first, then the smallest of all.
     */
    private static void hideComplement(long[][] full, boolean[][] hidden, int i, int j) {
        int rows = full.length;
        int cols = full[0].length;
        if (hiddenInRow(hidden, i) < 2 || hiddenInColumn(hidden, j) >= 2) {
            List<int[]> candidates = new ArrayList<>();
            for (int l = 0; l < cols; l++) {
                if (!hidden[i][l]) {
                    candidates.add(new int[] {i, l});
                }
            }
            if (hiddenInRow(hidden, i) >= 2) {
                List<int[]> linked = candidates.stream()
                        .filter(c -> hiddenInColumn(hidden, c[1]) > 0)
                        .toList();
                if (!linked.isEmpty()) {
                    candidates = linked;
                }
            }
            if (!candidates.isEmpty()) {
                hideSmallest(full, hidden, candidates);
                return;
            }
        }
        List<int[]> candidates = new ArrayList<>();
        for (int k = 0; k < rows; k++) {
            if (!hidden[k][j]) {
                candidates.add(new int[] {k, j});
            }
        }
        if (candidates.isEmpty()) {
            // row and column are wholly hidden: open the rest of the table to find a cycle
            for (int k = 0; k < rows; k++) {
                for (int l = 0; l < cols; l++) {
                    if (!hidden[k][l]) {
                        candidates.add(new int[] {k, l});
                    }
                }
            }
        }
        hideSmallest(full, hidden, candidates);
    }

    private static void hideSmallest(long[][] full, boolean[][] hidden, List<int[]> candidates) {
        int[] best = null;
        for (int[] c : candidates) {
            if (best == null || rank(full[c[0]][c[1]]) < rank(full[best[0]][best[1]])) {
                best = c;
            }
        }
        if (best == null) {
            throw new IllegalStateException("nothing left to hide");
        }
        hidden[best[0]][best[1]] = true;
    }

    /** Non-zero values first (a hidden zero protects little), smallest first. */
    private static long rank(long value) {
        return value == 0 ? Long.MAX_VALUE : value;
    }

    private static boolean allHidden(boolean[][] hidden) {
        for (boolean[] row : hidden) {
            for (boolean h : row) {
                if (!h) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int hiddenInRow(boolean[][] hidden, int i) {
        int n = 0;
        for (boolean h : hidden[i]) {
            n += h ? 1 : 0;
        }
        return n;
    }

    private static int hiddenInColumn(boolean[][] hidden, int j) {
        int n = 0;
        for (boolean[] row : hidden) {
            n += row[j] ? 1 : 0;
        }
        return n;
    }
}
