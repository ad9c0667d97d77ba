package org.harambee.geography.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every unit already in the database, held in memory for one import: validation and the diff run against it without
 * a query per row. About 200 bytes a unit, so a national hierarchy of 650,000 units takes some 130 MB for a moment.
 */
final class Snapshot implements ExistingUnits {

    record Row(
            UUID id,
            UUID countryId,
            String pcode,
            UUID parentId,
            int depth,
            String path,
            String name,
            LocalDate validFrom,
            LocalDate validTo,
            Long populationTotal,
            Long populationChildren,
            String geometryHash) {}

    private final Map<String, Row> byPcode = new HashMap<>();
    private final Map<UUID, Row> byId = new HashMap<>();
    private final Map<UUID, List<Row>> children = new HashMap<>();
    private final Map<UUID, Map<String, String>> names = new HashMap<>();
    private final Map<UUID, Integer> deepestLevel = new HashMap<>();

    static Snapshot load(JdbcClient jdbc) {
        Snapshot s = new Snapshot();
        jdbc.sql("select id, country_id, pcode, parent_id, depth, path, name, valid_from, valid_to,"
                        + " population_total, population_children, geometry_hash from geo_unit")
                .query(rs -> {
                    s.add(new Row(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getObject(4, UUID.class),
                            rs.getInt(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getObject(8, LocalDate.class),
                            rs.getObject(9, LocalDate.class),
                            rs.getObject(10, Long.class),
                            rs.getObject(11, Long.class),
                            rs.getString(12)));
                });
        jdbc.sql("select unit_id, language, name from geo_unit_name").query(rs -> {
            s.names
                    .computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                    .put(rs.getString(2), rs.getString(3));
        });
        jdbc.sql("select country_id, max(depth) from geo_level group by country_id")
                .query(rs -> {
                    s.deepestLevel.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return s;
    }

    private void add(Row row) {
        byPcode.put(row.pcode(), row);
        byId.put(row.id(), row);
        if (row.parentId() != null) {
            children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
        }
    }

    Row row(String pcode) {
        return byPcode.get(pcode);
    }

    Row row(UUID id) {
        return byId.get(id);
    }

    Collection<Row> rows() {
        return byId.values();
    }

    Map<String, String> names(UUID id) {
        return names.getOrDefault(id, Map.of());
    }

    /** The deepest level named for the country of this level-0 P-code, or -1 when the country is new. */
    int deepestLevel(String countryPcode) {
        Row country = byPcode.get(countryPcode);
        return country == null ? -1 : deepestLevel.getOrDefault(country.countryId(), -1);
    }

    @Override
    public Known find(String pcode) {
        Row row = byPcode.get(pcode);
        return row == null ? null : known(row);
    }

    @Override
    public Collection<Known> childrenOf(String pcode) {
        Row row = byPcode.get(pcode);
        if (row == null) {
            return List.of();
        }
        return children.getOrDefault(row.id(), List.of()).stream()
                .map(this::known)
                .toList();
    }

    private Known known(Row row) {
        Row parent = row.parentId() == null ? null : byId.get(row.parentId());
        return new Known(row.pcode(), parent == null ? null : parent.pcode(), row.depth());
    }
}
