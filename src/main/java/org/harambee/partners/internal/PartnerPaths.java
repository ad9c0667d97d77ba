package org.harambee.partners.internal;

import java.util.List;
import org.harambee.access.UnitPaths;
import org.harambee.geography.UnitMoved;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the unit paths of partner records right when a boundary re-import moves a unit (and its subtree). */
@Component
class PartnerPaths {

    /** Every partner table that places its rows in a unit. */
    static final List<String> PLACED_TABLES =
            List.of("partner_presence", "partner_adoption", "partner_stakeholder", "partner_forum");

    private final JdbcClient jdbc;

    PartnerPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(UnitMoved moved) {
        for (String table : PLACED_TABLES) {
            jdbc.sql("update " + table + " set unit_path = :newPath || substr(unit_path, :rest)"
                            + " where unit_path >= :oldPath and unit_path < :oldEnd")
                    .param("newPath", moved.newPath())
                    .param("rest", moved.oldPath().length() + 1)
                    .param("oldPath", moved.oldPath())
                    .param("oldEnd", UnitPaths.end(moved.oldPath()))
                    .update();
        }
    }
}
