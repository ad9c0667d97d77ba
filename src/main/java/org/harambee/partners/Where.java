package org.harambee.partners;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;

/**
 * The where clause of a listing, built from optional filters with named parameters. Subtrees are prefix ranges on a
 * path column ({@code path >= p and path < end(p)}), which an index serves on both databases (docs/decisions/0002).
 */
final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    Where and(String clause, String name, Object value) {
        clauses.add(clause);
        params.put(name, value);
        return this;
    }

    /** Only rows whose {@code column} lies in one of the scope's subtrees; none when the scope is empty. */
    Where within(Scope scope, String column) {
        if (scope.everywhere()) {
            return this;
        }
        if (scope.isEmpty()) {
            return and("1 = 0");
        }
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < scope.paths().size(); i++) {
            ranges.add("(" + column + " >= :scopeFrom" + i + " and " + column + " < :scopeTo" + i + ")");
            params.put("scopeFrom" + i, scope.paths().get(i));
            params.put("scopeTo" + i, end(scope.paths().get(i)));
        }
        return and("(" + String.join(" or ", ranges) + ")");
    }

    /** Only rows whose {@code column} lies in the subtree at {@code path}; no filter when the path is null. */
    Where subtree(String path, String column) {
        if (path == null) {
            return this;
        }
        params.put("subtreeTo", end(path));
        return and(column + " >= :subtreeFrom and " + column + " < :subtreeTo", "subtreeFrom", path);
    }

    String sql() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    Map<String, Object> params() {
        return params;
    }

    /** The smallest string greater than every string that starts with {@code prefix}. */
    static String end(String prefix) {
        return UnitPaths.end(prefix);
    }

    /** {@code text} for a {@code like ... escape '\'} pattern that finds it anywhere, lower-cased. */
    static String containing(String text) {
        return "%"
                + text.trim()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
    }
}
