package org.harambee.insights.facts;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.harambee.insights.Measure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The running totals (registered, ever started) have a row for every month up to the horizon, the current month. A
 * writer holds the horizon row in share mode while it adds to them; when a new month begins, the first writer (or the
 * daily job) rolls the horizon forward: the new month's total is the last month's plus the new month's flow.
 */
@Component
class Horizon {

    /** A running total and the monthly flow it adds up. */
    record Running(Measure total, Measure flow) {}

    static final List<Running> RUNNING = List.of(
            new Running(Measure.COMMUNITIES_REGISTERED_TOTAL, Measure.COMMUNITIES_REGISTERED),
            new Running(Measure.COMMUNITIES_EVER_STARTED, Measure.COMMUNITIES_STARTED));

    private final JdbcClient jdbc;
    private final FactSql sql;

    Horizon(JdbcClient jdbc, FactSql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Rolls to the current month if needed, then holds the horizon in share mode; answers it. */
    LocalDate hold() {
        LocalDate now = YearMonth.now().atDay(1);
        LocalDate seen = jdbc.sql("select month from insight_horizon where id = 1")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (seen == null || seen.isBefore(now)) {
            rollTo(now);
        }
        return jdbc.sql(sql.horizonShared()).query(LocalDate.class).single();
    }

    /** The daily job: no month goes without its running totals even when nothing happens. */
    @Scheduled(cron = "${harambee.insights.roll-cron:0 5 0 * * *}")
    @Transactional
    public void roll() {
        rollTo(YearMonth.now().atDay(1));
    }

    /** Locks the horizon (update mode) and rolls it forward month by month to {@code month}. */
    void rollTo(LocalDate month) {
        LocalDate at = jdbc.sql("select month from insight_horizon where id = 1 for update")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (at == null) {
            set(month);
            return;
        }
        while (at.isBefore(month)) {
            LocalDate next = at.plusMonths(1);
            for (Running r : RUNNING) {
                jdbc.sql("insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                                + " select unit_id, 'M', ?, ?, sum(value) from ("
                                + " select unit_id, value from insight_unit_period where period_kind = 'M'"
                                + " and period_start = ? and measure = ?"
                                + " union all select unit_id, value from insight_unit_period where period_kind = 'M'"
                                + " and period_start = ? and measure = ?) x group by unit_id having sum(value) <> 0")
                        .params(
                                Date.valueOf(next),
                                r.total().name(),
                                Date.valueOf(at),
                                r.total().name(),
                                Date.valueOf(next),
                                r.flow().name())
                        .update();
            }
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
