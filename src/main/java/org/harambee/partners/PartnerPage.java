package org.harambee.partners;

import java.util.List;

/** One page of a listing; {@code page} counts from 0. */
record PartnerPage<T>(List<T> items, int page, int size, long totalItems) {

    static final int MAX_SIZE = 200;

    static int size(int size) {
        return size <= 0 ? 50 : Math.min(size, MAX_SIZE);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }
}
