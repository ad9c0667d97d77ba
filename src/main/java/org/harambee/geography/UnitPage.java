package org.harambee.geography;

import java.util.List;

/**
 * One page of units; {@code page} counts from 0. Totals are exact up to {@value #COUNT_CAP}; past that
 * {@code totalItems} is the cap and {@code moreThanTotal} is true, so that listing a national subtree never counts
 * hundreds of thousands of rows.
 */
public record UnitPage(List<UnitRef> items, int page, int size, long totalItems, boolean moreThanTotal) {

    public static final int COUNT_CAP = 1_000;

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems || (moreThanTotal && items.size() == size);
    }
}
