package org.harambee.geography.picking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.geography.importing.UnitNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The picker's reads of the unit tables. A place matches when its P-code starts with the text typed, or one of its
 * names in any language does (both folded: {@link UnitNames#fold}); the P-code typed in full comes first, then shallower
 * places, then by name.
 */
@Repository
class PlaceCandidateRecords {

    private final JdbcClient jdbc;

    PlaceCandidateRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Match(UUID id, String pcode, int depth, String path, String label) {}

    List<Match> find(String text, Scope scope, String language, int limit, long offset) {
        Map<String, Object> params = new HashMap<>();
        String where = where(text, scope, params);
        return jdbc.sql("select u.id, u.pcode, u.depth, u.path, coalesce(n.name, u.name) as label,"
                        + " case when u.pcode = :pcode then 0 when " + pcodeRange() + " then 1 else 2 end as match_rank"
                        + " from geo_unit u left join geo_unit_name n on n.unit_id = u.id and n.language = :language"
                        + where + " order by match_rank, u.depth, label, u.pcode limit :limit offset :offset")
                .params(params)
                .param("language", language)
                .param("limit", limit)
                .param("offset", offset)
                .query(Match.class)
                .list();
    }

    /** Counts at most {@code cap + 1} matches: a short text in a national scope matches more than anyone pages. */
    long count(String text, Scope scope, int cap) {
        Map<String, Object> params = new HashMap<>();
        String where = where(text, scope, params);
        return jdbc.sql("select count(*) from (select 1 from geo_unit u" + where + " limit :cap) c")
                .params(params)
                .param("cap", cap + 1)
                .query(Long.class)
                .single();
    }

    /** The names of the ancestors of these paths in the asked language, by unit id. */
    Map<UUID, String> ancestorNames(List<String> paths, String language) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String path : paths) {
            for (String prefix : UnitPaths.prefixes(path)) {
                if (!prefix.equals(path)) {
                    ids.add(UnitPaths.unitId(prefix));
                }
            }
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select u.id, coalesce(n.name, u.name) as name from geo_unit u"
                        + " left join geo_unit_name n on n.unit_id = u.id and n.language = :language"
                        + " where u.id in (:ids)")
                .param("language", language)
                .param("ids", ids)
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    private static String pcodeRange() {
        return "(u.pcode >= :pcodeFrom and u.pcode < :pcodeTo)";
    }

    private static String where(String text, Scope scope, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        String pcode = text.toUpperCase(Locale.ROOT);
        String folded = UnitNames.fold(text);
        // names stored before names were folded are lower-cased only: the text as typed still finds them
        String lower = text.toLowerCase(Locale.ROOT);
        params.put("pcode", pcode);
        params.put("pcodeFrom", pcode);
        params.put("pcodeTo", UnitPaths.end(pcode));
        clauses.add("(" + pcodeRange() + " or u.id in (select m.unit_id from geo_unit_name m where "
                + UnitPaths.range("m.search_name", "folded", folded, params) + " or "
                + UnitPaths.range("m.search_name", "lower", lower, params) + "))");
        clauses.add(UnitPaths.within(scope, "u.path", "scope", params));
        return " where " + String.join(" and ", clauses);
    }
}
