package org.harambee.scaleup.internal;

import java.util.Map;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;

/** Materialised unit paths ({@code /id0/.../idN/}): subtrees as binary ranges (docs/decisions/0002). */
public final class Paths {

    private Paths() {}

    public static String end(String prefix) {
        return UnitPaths.end(prefix);
    }

    /** An SQL condition that holds when {@code column} lies inside the scope; "1 = 0" for nowhere. */
    public static String within(Scope scope, String column, String name, Map<String, Object> params) {
        return UnitPaths.within(scope, column, name, params);
    }

    /** An SQL condition that holds when {@code column} starts with {@code prefix}. */
    public static String range(String column, String name, String prefix, Map<String, Object> params) {
        return UnitPaths.range(column, name, prefix, params);
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
