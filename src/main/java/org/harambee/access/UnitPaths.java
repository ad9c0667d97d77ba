package org.harambee.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Materialised unit paths ({@code /id0/id1/.../idN/}) as every module queries them: a subtree is a plain index range
 * (docs/decisions/0002), a scope is a few such ranges, and a unit's ancestors are the prefixes of its path. The one
 * place this is written: every module queries and reads paths through it.
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

    /** The path of the deepest unit that holds every one of these paths; empty when they share no unit. */
    public static String commonAncestor(List<String> paths) {
        if (paths.isEmpty()) {
            return "";
        }
        String common = paths.get(0);
        for (String path : paths) {
            int length = 0;
            for (int i = 0; i < common.length() && i < path.length() && common.charAt(i) == path.charAt(i); i++) {
                if (common.charAt(i) == '/') {
                    length = i + 1;
                }
            }
            common = common.substring(0, length);
        }
        return common.equals("/") ? "" : common;
    }

    /** The id of the unit a path ends with. */
    public static UUID unitId(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return UUID.fromString(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }

    /** The path after its {@code oldPrefix} moved to {@code newPrefix}; unchanged when it lies elsewhere. */
    public static String moved(String path, String oldPrefix, String newPrefix) {
        return path.startsWith(oldPrefix) ? newPrefix + path.substring(oldPrefix.length()) : path;
    }

    /** How many units deep the path is (0 for a country). */
    public static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    /** The path of the ancestor at {@code depth} (the path itself when it is not deeper). */
    public static String ancestor(String path, int depth) {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/' && slashes++ == depth + 1) {
                return path.substring(0, i + 1);
            }
        }
        return path;
    }

    /** The path of the country at the top of this path. */
    public static String country(String path) {
        return ancestor(path, 0);
    }
}
