package org.harambee.scaleup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harambee.access.Scope;

/** Materialised unit paths ({@code /id0/.../idN/}): subtrees as binary ranges (docs/decisions/0002). */
public final class Paths {

    private Paths() {}

    public static String end(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    /** An SQL condition that holds when {@code column} lies inside the scope; "1 = 0" for nowhere. */
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

    /** An SQL condition that holds when {@code column} starts with {@code prefix}. */
    public static String range(String column, String name, String prefix, Map<String, Object> params) {
        params.put(name + "From", prefix);
        params.put(name + "To", end(prefix));
        return "(" + column + " >= :" + name + "From and " + column + " < :" + name + "To)";
    }

    /** How many units deep the path is (0 for a country). */
    public static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    /** The path of the ancestor at {@code depth} (the path itself when it is not deeper); used for strata. */
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
