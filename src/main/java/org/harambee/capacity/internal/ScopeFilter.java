package org.harambee.capacity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harambee.access.Scope;

/** An SQL condition that keeps the rows placed inside a scope (paths hold only hex digits, '-' and '/'). */
public final class ScopeFilter {

    private ScopeFilter() {}

    public static String within(Scope scope, String column, Map<String, Object> params) {
        if (scope.everywhere()) {
            return "1 = 1";
        }
        if (scope.isEmpty()) {
            return "1 = 0";
        }
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < scope.paths().size(); i++) {
            ranges.add(column + " like :within" + i);
            params.put("within" + i, scope.paths().get(i) + "%");
        }
        return "(" + String.join(" or ", ranges) + ")";
    }
}
