package org.harambee.geography;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitDirectory;
import org.harambee.access.UnitPaths;
import org.harambee.geography.importing.UnitNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the unit tables. Subtrees are prefix ranges on {@code path}; nothing here walks the tree recursively. */
@Repository
class Units {

    static final String REF_COLUMNS = "u.id, u.pcode, u.depth, u.country_id, coalesce(n.name, u.name) as label";

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            UUID id,
            UUID countryId,
            String pcode,
            String label,
            String parentPcode,
            int depth,
            String path,
            java.time.LocalDate validFrom,
            java.time.LocalDate validTo,
            Long populationTotal,
            Long populationChildren,
            Integer populationYear,
            boolean hasGeometry) {}

    record RefRow(UUID id, String pcode, int depth, UUID countryId, String label) {}

    Optional<Row> findByPcode(String pcode, String language) {
        return jdbc.sql(
                        "select u.id, u.country_id, u.pcode, coalesce(n.name, u.name) as label, p.pcode as parent_pcode,"
                                + " u.depth, u.path, u.valid_from, u.valid_to, u.population_total, u.population_children,"
                                + " u.population_year,"
                                + " case when u.geometry is null then false else true end as has_geometry"
                                + " from geo_unit u left join geo_unit p on p.id = u.parent_id"
                                + " left join geo_unit_name n on n.unit_id = u.id and n.language = ?"
                                + " where u.pcode = ?")
                .params(language, pcode.toUpperCase(Locale.ROOT))
                .query(Units::row)
                .optional();
    }

    Map<String, String> names(UUID unitId) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select language, name from geo_unit_name where unit_id = ? order by language")
                .param(unitId)
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    /** Id, P-code, default name and path of the units with these ids, for the access module's scopes. */
    List<UnitDirectory.Place> places(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, pcode, name, path from geo_unit where id in (:ids) order by path")
                .param("ids", ids)
                .query((rs, i) -> new UnitDirectory.Place(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The units with these P-codes (as stored: upper case), by P-code; read a thousand at a time. */
    Map<String, UnitDirectory.Place> byPcodes(Collection<String> pcodes) {
        Map<String, UnitDirectory.Place> found = new HashMap<>();
        List<String> all = List.copyOf(pcodes);
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("select id, pcode, name, path from geo_unit where pcode in (:pcodes)")
                    .param("pcodes", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query((rs, i) -> found.put(
                            rs.getString(2),
                            new UnitDirectory.Place(
                                    rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4))))
                    .list();
        }
        return found;
    }

    List<RefRow> byIds(Collection<UUID> ids, String language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + REF_COLUMNS + " from geo_unit u"
                        + " left join geo_unit_name n on n.unit_id = u.id and n.language = :language"
                        + " where u.id in (:ids) order by u.depth")
                .param("language", language)
                .param("ids", ids)
                .query(Units::ref)
                .list();
    }

    /**
     * A level of a subtree is listed in tree order, and the page is picked on the (depth, path) index before any name
     * is joined, so that the first page of a national level costs the same as that of a district.
     */
    List<RefRow> list(UnitQuery query, String parentPath, UUID parentId, Scope scope, String language) {
        Filter f = filter(query, parentPath, parentId, scope);
        boolean treeOrder = query.level() != null;
        String from = treeOrder
                ? "(select u.id, u.pcode, u.depth, u.country_id, u.name, u.path from geo_unit u" + f.where
                        + " order by u.depth, u.path limit :limit offset :offset) u"
                : "geo_unit u";
        return jdbc.sql("select " + REF_COLUMNS + " from " + from
                        + " left join geo_unit_name n on n.unit_id = u.id and n.language = :language"
                        + (treeOrder
                                ? " order by u.depth, u.path"
                                : f.where + " order by label, u.pcode" + " limit :limit offset :offset"))
                .params(f.params)
                .param("language", language)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(Units::ref)
                .list();
    }

    /** Counts at most {@code cap + 1} rows: past the cap, the exact number is not worth a scan of the subtree. */
    long count(UnitQuery query, String parentPath, UUID parentId, Scope scope, int cap) {
        Filter f = filter(query, parentPath, parentId, scope);
        return jdbc.sql("select count(*) from (select 1 from geo_unit u" + f.where + " limit :cap) c")
                .params(f.params)
                .param("cap", cap + 1)
                .query(Long.class)
                .single();
    }

    Map<UUID, Integer> childCounts(Collection<UUID> ids) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        jdbc.sql("select parent_id, count(*) from geo_unit where parent_id in (:ids) group by parent_id")
                .param("ids", ids)
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }

    List<UnitChange> history(UUID unitId) {
        return jdbc.sql(
                        "select h.change_kind, h.changed_at, p.pcode, h.old_name, h.old_language from geo_unit_history h"
                                + " left join geo_unit p on p.id = h.old_parent_id where h.unit_id = ?"
                                + " order by h.changed_at desc")
                .param(unitId)
                .query((rs, i) -> new UnitChange(
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private record Filter(String where, Map<String, Object> params) {}

    /**
     * Within a parent, the parent's scope check suffices (its subtree is inside). Without one, a limited scope lists
     * its own top units instead of the countries, and a search or level runs over its subtrees only.
     */
    private static Filter filter(UnitQuery query, String parentPath, UUID parentId, Scope scope) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (parentPath == null && !scope.everywhere()) {
            if (scope.isEmpty()) {
                clauses.add("1 = 0");
            } else if (query.level() == null && query.q() == null) {
                clauses.add("u.id in (:scopeIds)");
                params.put("scopeIds", scope.topUnitIds());
                return new Filter(" where " + String.join(" and ", clauses), params);
            } else {
                List<String> ranges = new ArrayList<>();
                for (int i = 0; i < scope.paths().size(); i++) {
                    ranges.add("(u.path >= :scopeFrom" + i + " and u.path < :scopeTo" + i + ")");
                    params.put("scopeFrom" + i, scope.paths().get(i));
                    params.put("scopeTo" + i, UnitPaths.end(scope.paths().get(i)));
                }
                clauses.add("(" + String.join(" or ", ranges) + ")");
            }
        }
        if (query.level() != null) {
            clauses.add("u.depth = :level");
            params.put("level", query.level());
        }
        if (parentPath != null && (query.level() != null || query.q() != null)) {
            clauses.add("u.path >= :pathFrom and u.path < :pathTo");
            params.put("pathFrom", parentPath);
            params.put("pathTo", UnitPaths.end(parentPath));
        } else if (query.level() == null && query.q() == null) {
            clauses.add(parentId == null ? "u.parent_id is null" : "u.parent_id = :parentId");
            if (parentId != null) {
                params.put("parentId", parentId);
            }
        }
        if (query.q() != null) {
            String pcode = query.q().toUpperCase(Locale.ROOT);
            String name = UnitNames.fold(query.q());
            // Names stored before names were folded are lower-cased only; the query as typed still finds them.
            String lower = query.q().toLowerCase(Locale.ROOT);
            clauses.add("((u.pcode >= :pcodeFrom and u.pcode < :pcodeTo) or u.id in (select n.unit_id from"
                    + " geo_unit_name n where (n.search_name >= :nameFrom and n.search_name < :nameTo)"
                    + " or (n.search_name >= :lowerFrom and n.search_name < :lowerTo)))");
            params.put("pcodeFrom", pcode);
            params.put("pcodeTo", UnitPaths.end(pcode));
            params.put("nameFrom", name);
            params.put("nameTo", UnitPaths.end(name));
            params.put("lowerFrom", lower);
            params.put("lowerTo", UnitPaths.end(lower));
        }
        return new Filter(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("country_id", UUID.class),
                rs.getString("pcode"),
                rs.getString("label"),
                rs.getString("parent_pcode"),
                rs.getInt("depth"),
                rs.getString("path"),
                rs.getObject("valid_from", java.time.LocalDate.class),
                rs.getObject("valid_to", java.time.LocalDate.class),
                rs.getObject("population_total", Long.class),
                rs.getObject("population_children", Long.class),
                rs.getObject("population_year", Integer.class),
                rs.getBoolean("has_geometry"));
    }

    static RefRow ref(ResultSet rs, int i) throws SQLException {
        return new RefRow(
                rs.getObject("id", UUID.class),
                rs.getString("pcode"),
                rs.getInt("depth"),
                rs.getObject("country_id", UUID.class),
                rs.getString("label"));
    }
}
