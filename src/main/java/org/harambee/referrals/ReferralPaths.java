package org.harambee.referrals;

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
        String old = moved.oldPath();
        String end = old.substring(0, old.length() - 1) + (char) (old.charAt(old.length() - 1) + 1);
        jdbc.sql("update referral set unit_path = :newPath || substring(unit_path, :cut)"
                        + " where unit_path >= :from and unit_path < :to")
                .param("newPath", moved.newPath())
                .param("cut", old.length() + 1)
                .param("from", old)
                .param("to", end)
                .update();
    }
}
