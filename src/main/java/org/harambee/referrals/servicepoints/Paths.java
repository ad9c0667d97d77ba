package org.harambee.referrals.servicepoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;

/** Materialised unit paths ({@code /id0/id1/.../idN/}) as SQL ranges (docs/decisions/0002) and their ancestors. */
final class Paths {

    private Paths() {}

    /** The smallest string greater than every string that starts with {@code prefix}. */
    static String end(String prefix) {
        return UnitPaths.end(prefix);
    }

    /** An SQL condition that holds when {@code column} starts with {@code prefix}. */
    static String range(String column, String name, String prefix, Map<String, Object> params) {
        return UnitPaths.range(column, name, prefix, params);
    }

    /** An SQL condition that holds when {@code column} lies inside the scope; "1 = 1" everywhere, "1 = 0" nowhere. */
    static String within(Scope scope, String column, String name, Map<String, Object> params) {
        return UnitPaths.within(scope, column, name, params);
    }

    /**
     * An SQL condition that holds when the unit at {@code column} is inside the scope or above part of it (it holds a
     * unit of the scope): {@link Scope#reaches} as SQL.
     */
    static String reaching(Scope scope, String column, String name, Map<String, Object> params) {
        if (scope.everywhere() || scope.isEmpty()) {
            return within(scope, column, name, params);
        }
        List<String> above = new ArrayList<>();
        scope.paths().forEach(p -> above.addAll(prefixes(p)));
        params.put(name + "Above", above);
        return "(" + within(scope, column, name, params) + " or " + column + " in (:" + name + "Above))";
    }

    /** The path of every unit from the top down to the one at {@code path}, itself included. */
    static List<String> prefixes(String path) {
        return UnitPaths.prefixes(path);
    }

    /** The path of the parent of the unit at {@code path}; the path itself for a country. */
    static String parent(String path) {
        List<String> prefixes = prefixes(path);
        return prefixes.size() < 2 ? path : prefixes.get(prefixes.size() - 2);
    }
}
