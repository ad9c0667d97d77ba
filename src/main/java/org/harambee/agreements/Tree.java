package org.harambee.agreements;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;

/**
 * Materialised unit paths ({@code /id0/id1/.../idN/}): subtrees as binary ranges (docs/decisions/0002), the common
 * ancestor of several units, and the id a path ends with.
 */
final class Tree {

    private Tree() {}

    /** An SQL condition that holds when {@code column} lies inside the scope; "1 = 1" everywhere, "1 = 0" nowhere. */
    static String within(Scope scope, String column, String name, Map<String, Object> params) {
        return UnitPaths.within(scope, column, name, params);
    }

    /** An SQL condition that holds when {@code column} starts with {@code prefix}. */
    static String range(String column, String name, String prefix, Map<String, Object> params) {
        return UnitPaths.range(column, name, prefix, params);
    }

    /** The path of the deepest unit that holds every one of these paths; empty when they share no unit. */
    static String commonAncestor(List<String> paths) {
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
    static UUID unitId(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return UUID.fromString(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }
}
