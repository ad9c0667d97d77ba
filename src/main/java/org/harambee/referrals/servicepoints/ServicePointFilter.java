package org.harambee.referrals.servicepoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.referrals.ServiceCategory;

/**
 * What a listing of service points asks for: a unit they sit in or serve ({@code areaPath}), a category, active or
 * not, the start of a name; null for no filter.
 */
record ServicePointFilter(String areaPath, ServiceCategory category, Boolean active, String q) {

    /**
     * Inside the scope: a service point whose unit or area reaches it (lies in it or holds a unit of it), so that a
     * facilitator of a chiefdom sees the district office that serves it.
     */
    String where(Scope scope, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("(" + reaching(scope, "p.unit_path", "scope", params)
                + " or exists (select 1 from referral_service_point_area s where s.service_point_id = p.id and "
                + reaching(scope, "s.unit_path", "reach", params) + "))");
        if (areaPath() != null) {
            params.put("areaAbove", UnitPaths.prefixes(areaPath()));
            clauses.add("(" + UnitPaths.range("p.unit_path", "area", areaPath(), params)
                    + " or p.unit_path in (:areaAbove) or exists (select 1 from referral_service_point_area a where a.service_point_id = p.id and ("
                    + UnitPaths.range("a.unit_path", "areaIn", areaPath(), params)
                    + " or a.unit_path in (:areaAbove))))");
        }
        if (category() != null) {
            clauses.add("p.category = :category");
            params.put("category", category().name());
        }
        if (active() != null) {
            clauses.add("p.active = :active");
            params.put("active", active());
        }
        if (q() != null) {
            String q = q().toLowerCase(Locale.ROOT);
            clauses.add("p.search_name >= :qFrom and p.search_name < :qTo");
            params.put("qFrom", q);
            params.put("qTo", UnitPaths.end(q));
        }
        return String.join(" and ", clauses);
    }

    /**
     * An SQL condition that holds when the unit at {@code column} is inside the scope or above part of it (it holds a
     * unit of the scope): {@link Scope#reaches} as SQL.
     */
    private static String reaching(Scope scope, String column, String name, Map<String, Object> params) {
        if (scope.everywhere() || scope.isEmpty()) {
            return UnitPaths.within(scope, column, name, params);
        }
        List<String> above = new ArrayList<>();
        scope.paths().forEach(p -> above.addAll(UnitPaths.prefixes(p)));
        params.put(name + "Above", above);
        return "(" + UnitPaths.within(scope, column, name, params) + " or " + column + " in (:" + name + "Above))";
    }
}
