package org.harambee.referrals.servicepoints;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harambee.access.UnitPaths;
import org.harambee.geography.UnitMoved;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the unit paths of service points, their areas, the pathway's routes and
 * emergency numbers right when a boundary import moves a
 * unit under another parent, so that scope checks and routing keep reading current paths.
 */
@Component
class ServicePointPaths {

    static final List<String> TABLES = List.of(
            "referral_service_point",
            "referral_service_point_area",
            "referral_pathway_route",
            "referral_emergency_numbers");

    private final JdbcClient jdbc;

    ServicePointPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(UnitMoved moved) {
        for (String table : TABLES) {
            Map<String, Object> params = new HashMap<>();
            String range = UnitPaths.range("unit_path", "old", moved.oldPath(), params);
            jdbc.sql("update " + table + " set unit_path = :newPath || substring(unit_path, :cut) where " + range)
                    .params(params)
                    .param("newPath", moved.newPath())
                    .param("cut", moved.oldPath().length() + 1)
                    .update();
        }
    }
}
