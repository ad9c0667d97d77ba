package org.harambee.communities.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;

/**
 * Materialised unit paths ({@code /id0/id1/.../idN/}) as the communities module uses them: subtrees as binary ranges
 * (see docs/decisions/0002), the common ancestor of several units, and the rewrite of a moved prefix.
 */
public final class Paths {

    private Paths() {}

    /** The smallest string greater than every string that starts with {@code prefix}. */
    public static String end(String prefix) {
        return UnitPaths.end(prefix);
    }

    /**
     * An SQL condition that holds when {@code column} lies inside the scope, its parameters added to {@code params}
     * under names starting with {@code name}; "1 = 1" for everywhere, "1 = 0" for nowhere.
     */
    public static String within(Scope scope, String column, String name, Map<String, Object> params) {
        return UnitPaths.within(scope, column, name, params);
    }

    /** An SQL condition that holds when {@code column} starts with {@code prefix}. */
    public static String range(String column, String name, String prefix, Map<String, Object> params) {
        return UnitPaths.range(column, name, prefix, params);
    }

    /** The path of the deepest unit that holds every one of these paths; empty when they share no unit. */
    public static String commonAncestor(List<String> paths) {
        if (paths.isEmpty()) {
            return "";
        }
        String common = paths.get(0);
        for (String path : paths) {
            int length = 0;
            int i = 0;
            while (i < common.length() && i < path.length() && common.charAt(i) == path.charAt(i)) {
                if (common.charAt(i) == '/') {
                    length = i + 1;
                }
                i++;
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
}
