package org.harambee.capacity;

import org.harambee.communities.CommunityMoved;
import org.harambee.geography.UnitMoved;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored unit paths right: when a boundary import moves a unit under another parent, every path under it
 * is rewritten; when a community is placed at another unit, its facilitators' assignments follow it.
 */
@Component
class CapacityPaths {

    static final String[] TABLES = {
        "capacity_training",
        "capacity_facilitator",
        "capacity_assignment",
        "capacity_government_support",
        "capacity_readiness_criterion"
    };

    private final JdbcClient jdbc;

    CapacityPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(UnitMoved moved) {
        for (String table : TABLES) {
            jdbc.sql("update " + table + " set unit_path = :newPath || substring(unit_path, :from)"
                            + " where unit_path like :old")
                    .param("newPath", moved.newPath())
                    .param("from", moved.oldPath().length() + 1)
                    .param("old", moved.oldPath() + "%")
                    .update();
        }
    }

    @ApplicationModuleListener
    void on(CommunityMoved moved) {
        jdbc.sql("update capacity_assignment set unit_id = ?, unit_path = ? where community_id = ?")
                .params(moved.newUnitId(), moved.newUnitPath(), moved.communityId())
                .update();
    }
}
