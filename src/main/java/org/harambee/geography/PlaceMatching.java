package org.harambee.geography;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.harambee.geography.importing.UnitNames;
import org.harambee.system.ImportPlace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the places an import file names, as the place picker does: by P-code, or by any of a place's names in any
 * language with accents and case folded ({@link UnitNames#fold}), narrowed by the name of a place above it. Reads in
 * batches, so that a file of many thousand records costs a few queries.
 */
@Service
@Transactional(readOnly = true)
public class PlaceMatching {

    /** More candidates than this are not listed: the file should give the P-code instead. */
    public static final int MAX_CANDIDATES = 5;

    private static final int BATCH = 500;

    private static final String COLUMNS = "select u.id, u.path, u.pcode, u.name, u.depth from geo_unit u";

    private final JdbcClient jdbc;

    PlaceMatching(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored places of these P-codes (compared in upper case), keyed by the upper-case P-code. */
    public Map<String, ImportPlace> byPcodes(Collection<String> pcodes) {
        List<String> codes = pcodes.stream()
                .map(p -> p.strip().toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
        Map<String, ImportPlace> found = new HashMap<>();
        for (int from = 0; from < codes.size(); from += BATCH) {
            List<String> batch = codes.subList(from, Math.min(codes.size(), from + BATCH));
            jdbc.sql(COLUMNS + " where u.pcode in (:codes)")
                    .param("codes", batch)
                    .query(ImportPlace.class)
                    .list()
                    .forEach(p -> found.put(p.pcode().toUpperCase(Locale.ROOT), p));
        }
        return found;
    }

    /** Which of these places have places below them (a community's place must have none). */
    public Set<java.util.UUID> withChildren(Collection<java.util.UUID> ids) {
        List<java.util.UUID> all = List.copyOf(new LinkedHashSet<>(ids));
        Set<java.util.UUID> parents = new java.util.HashSet<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            parents.addAll(jdbc.sql("select distinct parent_id from geo_unit where parent_id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + BATCH)))
                    .query(java.util.UUID.class)
                    .list());
        }
        return parents;
    }

    /**
     * The places named {@code name} (in any language) that lie under a place named {@code parent} (any place above
     * them; every place when {@code parent} is blank): at most {@link #MAX_CANDIDATES} + 1, shallowest first.
     */
    public List<ImportPlace> byName(String name, String parent) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(COLUMNS)
                .append(" where u.id in (select m.unit_id from geo_unit_name m where ")
                .append(named("m.search_name", "name", name, params))
                .append(")");
        if (parent != null && !parent.isBlank()) {
            sql.append(" and exists (select 1 from geo_unit p join geo_unit_name pn on pn.unit_id = p.id where ")
                    .append(named("pn.search_name", "parent", parent, params))
                    .append(" and p.id <> u.id and u.path like concat(p.path, '%'))");
        }
        sql.append(" order by u.depth, u.pcode limit ").append(MAX_CANDIDATES + 1);
        return jdbc.sql(sql.toString()).params(params).query(ImportPlace.class).list();
    }

    /** A name's folded and lower-cased forms (names stored before folding are lower-cased only), as the picker reads. */
    private static String named(String column, String key, String name, Map<String, Object> params) {
        Set<String> forms =
                new LinkedHashSet<>(List.of(UnitNames.fold(name), name.strip().toLowerCase(Locale.ROOT)));
        params.put(key, new ArrayList<>(forms));
        return column + " in (:" + key + ")";
    }
}
