package org.harambee.insights.facts;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.harambee.insights.Measure;
import org.harambee.system.DeploymentZone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The partners' running totals (invited and supporting) have a row for every month up to the horizon, the current
 * month in the deployment's zone; a change dated later waits in {@code insight_future}. (The communities' running
 * totals have a row only where they change, decision 0048, and need no horizon.) Only the
 * folder and the rebuild move the horizon, never a user's request: when a month begins, the next fold rolls it
 * forward (the new month's total is the last month's plus the changes waiting for the new month).
 */
@Component
class Horizon {

    static final List<Measure> RUNNING = List.of(Measure.PARTNERS_INVITED, Measure.PARTNERS_SUPPORTING);

    private final JdbcClient jdbc;
    private final DeploymentZone zone;

    Horizon(JdbcClient jdbc, DeploymentZone zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** The current month in the deployment's zone. */
    LocalDate thisMonth() {
        return zone.thisMonth().atDay(1);
    }

    /** Rolls the horizon to this month if a month has begun; answers it. The caller holds the folder's row. */
    LocalDate current() {
        LocalDate at = jdbc.sql("select month from insight_horizon where id = 1")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        LocalDate now = thisMonth();
        if (at == null || at.isBefore(now)) {
            rollTo(now);
            return now;
        }
        return at;
    }

    /** Rolls the horizon forward month by month to {@code month}. */
    void rollTo(LocalDate month) {
        LocalDate at = jdbc.sql("select month from insight_horizon where id = 1")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (at == null) {
            set(month);
            return;
        }
        while (at.isBefore(month)) {
            LocalDate next = at.plusMonths(1);
            for (Measure r : RUNNING) {
                jdbc.sql("insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                                + " select unit_id, 'M', ?, ?, sum(value) from ("
                                + " select unit_id, value from insight_unit_period where period_kind = 'M'"
                                + " and period_start = ? and measure = ?"
                                + " union all select unit_id, value from insight_future where month = ? and measure = ?"
                                + ") x group by unit_id having sum(value) <> 0")
                        .params(Date.valueOf(next), r.name(), Date.valueOf(at), r.name(), Date.valueOf(next), r.name())
                        .update();
            }
            jdbc.sql("delete from insight_future where month = ?")
                    .param(Date.valueOf(next))
                    .update();
            at = next;
        }
        set(at);
    }

    private void set(LocalDate month) {
        jdbc.sql("update insight_horizon set month = ? where id = 1")
                .param(Date.valueOf(month))
                .update();
    }
}
