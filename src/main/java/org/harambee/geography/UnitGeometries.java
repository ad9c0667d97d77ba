package org.harambee.geography;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the units' boundaries, kept apart from {@link Units} because they are the only large columns. */
@Repository
class UnitGeometries {

    private final JdbcClient jdbc;

    UnitGeometries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Children of a unit with their boundary for the map: the simplified copy made on import, or the full boundary of
     * units imported before copies were made.
     */
    List<Map.Entry<Units.RefRow, String>> childGeometries(UUID parentId, String language) {
        return jdbc.sql("select " + Units.REF_COLUMNS
                        + ", coalesce(u.map_geometry, u.geometry) as geometry from geo_unit u"
                        + " left join geo_unit_name n on n.unit_id = u.id and n.language = ?"
                        + " where u.parent_id = ? and u.geometry is not null order by u.pcode")
                .params(language, parentId)
                .query((rs, i) -> Map.entry(Units.ref(rs, i), rs.getString("geometry")))
                .list();
    }

    /** The boundary for maps (see {@link #childGeometries}). */
    Optional<String> geometry(UUID id) {
        return jdbc.sql("select coalesce(map_geometry, geometry) from geo_unit where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** The boundary as imported, every vertex kept. */
    Optional<String> fullGeometry(UUID id) {
        return jdbc.sql("select geometry from geo_unit where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    Map<UUID, String> geometries(Collection<UUID> ids) {
        Map<UUID, String> geometries = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return geometries;
        }
        jdbc.sql(
                        "select id, coalesce(map_geometry, geometry) from geo_unit where id in (:ids) and geometry is not null")
                .param("ids", ids)
                .query(rs -> {
                    geometries.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return geometries;
    }
}
