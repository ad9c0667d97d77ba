package org.harambee.system;

import java.util.List;
import java.util.function.Function;

/**
 * One page of an API or page listing: {@code page} counts from 0, {@code totalItems} counts the items of all pages.
 * The JSON is {@code {"items": [...], "page": 0, "size": 50, "totalItems": 123}}.
 */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

    /** The largest page a caller may ask for. */
    public static final int MAX_SIZE = 200;

    /** The size asked for, 50 when none, at most {@link #MAX_SIZE}. */
    public static int size(int size) {
        return size <= 0 ? 50 : Math.min(size, MAX_SIZE);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    /** The same page with each item turned into another. */
    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
