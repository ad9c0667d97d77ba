package org.harambee.geography;

/**
 * What to list: the children of {@code parent} (countries when it is null); with {@code level}, all units at that
 * level in the parent's subtree instead; with {@code q}, only units whose name or P-code starts with it.
 */
public record UnitQuery(String parent, Integer level, String q, int page, int size) {

    public static final int MAX_SIZE = 500;

    public UnitQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
        q = q == null || q.isBlank() ? null : q.trim();
        parent = parent == null || parent.isBlank() ? null : parent.trim();
    }
}
