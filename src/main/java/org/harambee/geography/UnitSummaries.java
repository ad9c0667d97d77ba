package org.harambee.geography;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.UnitPaths;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lean unit reads behind every dashboard figure: one query each, whatever the number of units they return. */
@Repository
class UnitSummaries {

    private static final String COLUMNS = "select u.id, u.pcode, coalesce(n.name, u.name) as label, u.depth, u.path,"
            + " u.population_children from geo_unit u"
            + " left join geo_unit_name n on n.unit_id = u.id and n.language = :language";

    private final JdbcClient jdbc;

    UnitSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UnitSummary> byPcode(String pcode, String language) {
        return jdbc.sql(COLUMNS + " where u.pcode = :pcode")
                .param("language", language)
                .param("pcode", pcode == null ? "" : pcode.trim())
                .query(UnitSummaries::summary)
                .optional();
    }

    Optional<UnitSummary> byId(UUID id, String language) {
        return jdbc.sql(COLUMNS + " where u.id = :id")
                .param("language", language)
                .param("id", id)
                .query(UnitSummaries::summary)
                .optional();
    }

    List<UnitSummary> children(UUID parentId, String language, LocalDate on) {
        return jdbc.sql(COLUMNS + " where u.parent_id = :parent and (u.valid_to is null or u.valid_to > :on)"
                        + " order by label, u.pcode")
                .param("language", language)
                .param("parent", parentId)
                .param("on", Date.valueOf(on))
                .query(UnitSummaries::summary)
                .list();
    }

    List<String> pathsAtLevel(String path, int level) {
        Map<String, Object> params = new HashMap<>();
        params.put("depth", level);
        return jdbc.sql("select path from geo_unit where depth = :depth and "
                        + UnitPaths.range("path", "area", path, params))
                .params(params)
                .query(String.class)
                .list();
    }

    private static UnitSummary summary(ResultSet rs, int row) throws SQLException {
        return new UnitSummary(
                rs.getObject("id", UUID.class),
                rs.getString("pcode"),
                rs.getString("label"),
                rs.getInt("depth"),
                rs.getString("path"),
                rs.getObject("population_children", Long.class));
    }
}
