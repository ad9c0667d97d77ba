package org.harambee.insights;

/**
 * Small-cell suppression (DOMAIN section 5): counts below the threshold are hidden, rates whose numerator or
 * denominator is hidden are hidden, and complementary cells are hidden so that no hidden cell can be recovered from
 * the totals published beside it.
 */
public final class Suppression {

    private final int threshold;

    public Suppression(int threshold) {
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** A lone count: null when hidden. */
    public Long count(long value) {
        throw new UnsupportedOperationException("being written");
    }

    /**
     * A table of counts whose row totals, column totals and grand total are published too. Returns the cells with
     * hidden ones as null, then one more row of column totals, with one more column of row totals (the grand total at
     * the corner), hidden totals as null too.
     */
    public Long[][] table(long[][] cells) {
        throw new UnsupportedOperationException("being written");
    }
}
