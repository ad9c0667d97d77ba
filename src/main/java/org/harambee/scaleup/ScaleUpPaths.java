package org.harambee.scaleup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harambee.access.UnitPaths;
import org.harambee.geography.UnitMoved;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the stored unit paths of plans, phases, rollouts and events right when an import moves a unit. */
@Component
class ScaleUpPaths {

    private static final List<String> TABLES =
            List.of("scaleup_plan", "scaleup_phase_unit", "scaleup_rollout", "scaleup_event");

    private final JdbcClient jdbc;

    ScaleUpPaths(JdbcClient jdbc) {
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
