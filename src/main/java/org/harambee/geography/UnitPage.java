package org.harambee.geography;

import java.util.List;

/** One page of units; {@code page} counts from 0. */
public record UnitPage(List<UnitRef> items, int page, int size, long totalItems) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }
}
