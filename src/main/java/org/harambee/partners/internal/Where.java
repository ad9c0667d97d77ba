package org.harambee.partners.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;

/**
 * The where clause of a listing, built from optional filters with named parameters; subtrees and scopes as the
 * ranges of {@link UnitPaths}.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    public Where and(String clause, String name, Object value) {
        clauses.add(clause);
        params.put(name, value);
        return this;
    }

    /** Only rows whose {@code column} lies in one of the scope's subtrees; none when the scope is empty. */
    public Where within(Scope scope, String column) {
        return scope.everywhere() ? this : and(UnitPaths.within(scope, column, "scope", params));
    }

    /** Only rows whose {@code column} lies in the subtree at {@code path}; no filter when the path is null. */
    public Where subtree(String path, String column) {
        return path == null ? this : and(UnitPaths.range(column, "subtree", path, params));
    }

    public String sql() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }

    /** {@code text} for a {@code like ... escape '\'} pattern that finds it anywhere, lower-cased. */
    public static String containing(String text) {
        return "%"
                + text.trim()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
    }
}
