package org.harambee.referrals.internal;

import java.util.HashMap;
import java.util.Map;
import org.harambee.access.UnitPaths;
import org.harambee.geography.UnitMoved;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the referrals' unit paths (their communities' units) right when a boundary import moves a unit under another
 * parent, so that scope checks and the area lists follow the move.
 */
@Component
class ReferralPaths {

    private final JdbcClient jdbc;

    ReferralPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(UnitMoved moved) {
        Map<String, Object> params = new HashMap<>();
        String range = UnitPaths.range("unit_path", "old", moved.oldPath(), params);
        jdbc.sql("update referral set unit_path = :newPath || substring(unit_path, :cut) where " + range)
                .params(params)
                .param("newPath", moved.newPath())
                .param("cut", moved.oldPath().length() + 1)
                .update();
    }
}
