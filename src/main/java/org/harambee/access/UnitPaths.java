package org.harambee.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Materialised unit paths ({@code /id0/id1/.../idN/}) as every module queries them: a subtree is a plain index range
 * (docs/decisions/0002), a scope is a few such ranges, and a unit's ancestors are the prefixes of its path. The one
 * place this is written; modules keep their own names for it where they add more.
 */
public final class UnitPaths {

    private UnitPaths() {}

    /** The smallest string greater than every string that starts with {@code prefix}: the end of its range. */
    public static String end(String prefix) {
        if (prefix.isEmpty()) {
            // every string starts with the empty prefix: the range ends past the last character there is
            return String.valueOf(Character.MAX_VALUE);
        }
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    /** An SQL condition that holds when {@code column} starts with {@code prefix}; parameters {@code name}From/To. */
    public static String range(String column, String name, String prefix, Map<String, Object> params) {
        params.put(name + "From", prefix);
        params.put(name + "To", end(prefix));
        return "(" + column + " >= :" + name + "From and " + column + " < :" + name + "To)";
    }

    /**
     * An SQL condition that holds when {@code column} lies inside the scope, its parameters added to {@code params}
     * under names starting with {@code name}; "1 = 1" everywhere, "1 = 0" nowhere.
     */
    public static String within(Scope scope, String column, String name, Map<String, Object> params) {
        if (scope.everywhere()) {
            return "1 = 1";
        }
        if (scope.isEmpty()) {
            return "1 = 0";
        }
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < scope.paths().size(); i++) {
            ranges.add(range(column, name + i, scope.paths().get(i), params));
        }
        return "(" + String.join(" or ", ranges) + ")";
    }

    /** The path of every unit from the top down to the one at {@code path}, itself included; none for null. */
    public static List<String> prefixes(String path) {
        List<String> prefixes = new ArrayList<>();
        for (int i = 1; path != null && i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                prefixes.add(path.substring(0, i + 1));
            }
        }
        return prefixes;
    }
}
