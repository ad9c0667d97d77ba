package org.harambee.insights.facts;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.system.BufferedInserts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rebuild's roll-ups (months only: quarters and years are summed from them when read, decision 0048): a year's
 * rows of every unit recomputed from the community months (added up at the
 * community's unit and each ancestor read from its path), the scale-up events and the active districts; then the
 * running totals from the flows. Deltas of the year that this snapshot sees are taken in first: their community parts
 * added to the community months, the rest already in the sources.
 */
@Component
class UnitsRebuild {

    /**
     * Rows inserted in the order of the table's key (unit, kind, start, measure): the key's index then grows at a few
     * pages at a time instead of touching a random page for every row, which decides a national rebuild's time once
     * the index outgrows memory.
     */
    private static final String KEY_ORDER = " order by 1, 3, 4";

    /** The year step's month rows of every unit, summed into a work table, then written in the table's key order. */
    private static final String MONTHS = "insight_rebuild_month";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FactSql sql;
    private final BufferedInserts inserts;

    UnitsRebuild(JdbcClient jdbc, JdbcTemplate template, FactSql sql, BufferedInserts inserts) {
        this.inserts = inserts;
        this.jdbc = jdbc;
        this.template = template;
        this.sql = sql;
    }

    /** One year's roll-up rows (but the running totals), recomputed. */
    void year(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        absorb(from, to);
        jdbc.sql("delete from insight_unit_period where period_start >= ? and period_start < ? and measure not in ("
                        + Rebuild.running() + ")")
                .params(Date.valueOf(from), Date.valueOf(to))
                .update();
        String within = " between date '" + from + "' and date '" + to.minusDays(1) + "'";
        sql.emptyWorkTable(
                        MONTHS,
                        "unit_id uuid not null, period_start date not null, measure varchar(40) not null,"
                                + " value bigint not null")
                .forEach(s -> jdbc.sql(s).update());
        explode(
                "insight_community_month f join insight_community c on c.community_id = f.community_id",
                "c.unit_path",
                "f.month",
                "f.measure",
                "sum(f.value)",
                "f.month" + within);
        explode(
                "scaleup_event e",
                "e.unit_path",
                CommunityMonthsRebuild.month("e.occurred_on"),
                "'SCALE_UP_' || e.kind",
                "count(*)",
                "e.occurred_on" + within);
        jdbc.sql("insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                        + " select unit_id, 'M', period_start, measure, value from " + MONTHS + KEY_ORDER)
                .update();
        districts(within);
    }

    /** The deltas of the year (but running changes) seen now: community flows into the community months, all dropped. */
    private void absorb(LocalDate from, LocalDate to) {
        inserts.flush();
        List<Object[]> flows = new ArrayList<>();
        jdbc.sql("select community_id, period_start, measure, sum(value) from insight_delta where kind = 'F'"
                        + " and community_id is not null and period_start >= ? and period_start < ?"
                        + " group by community_id, period_start, measure")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query(rs -> {
                    flows.add(
                            new Object[] {rs.getObject(1, UUID.class), rs.getDate(2), rs.getString(3), rs.getLong(4)});
                });
        if (!flows.isEmpty()) {
            template.batchUpdate(sql.addToCommunity(), flows);
        }
        jdbc.sql("delete from insight_delta where kind <> 'R' and period_start >= ? and period_start < ?")
                .params(Date.valueOf(from), Date.valueOf(to))
                .update();
    }

    /**
     * Rows of {@code from} (each with a unit path, a month, a measure) added up at the unit of the path and each of its
     * ancestors, into the year's month rows: one pass, no intermediate rows per path.
     */
    private void explode(String from, String path, String month, String measure, String value, String where) {
        String unit = "cast(substring(" + path + ", 2 + 37 * k.n, 36) as uuid)";
        jdbc.sql("insert into " + MONTHS + " (unit_id, period_start, measure, value) select " + unit + ", " + month
                        + ", " + measure + ", " + value + " from " + from + " cross join " + depths(maxDepth())
                        + " where " + where + " and length(" + path + ") >= 38 + 37 * k.n"
                        + " group by " + unit + ", " + month + ", " + measure)
                .update();
    }

    /** A district with at least one active community in a month counts once at itself and each ancestor. */
    private void districts(String within) {
        jdbc.sql("insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                        + " select cast(substring(d.district, 2 + 37 * k.n, 36) as uuid), 'M', d.dmonth,"
                        + " 'DISTRICTS_ACTIVE', count(*) from (select distinct substring(c.unit_path, 1, "
                        + Rebuild.DISTRICT_PREFIX + ") as district, f.month as dmonth from insight_community_month f"
                        + " join insight_community c on c.community_id = f.community_id"
                        + " where f.measure = 'COMMUNITIES_ACTIVE' and f.month" + within
                        + " and length(c.unit_path) >= " + Rebuild.DISTRICT_PREFIX + ") d cross join "
                        + depths(UnitPath.DISTRICT_DEPTH)
                        + " group by cast(substring(d.district, 2 + 37 * k.n, 36) as uuid), d.dmonth")
                .update();
    }

    /**
     * The running totals of communities (registered, ever started), decision 0048: a row (kind T) at each month the
     * flow has a row for, holding the sum of the flow up to that month; a month without one reads the last before it.
     */
    void running() {
        for (var r : FoldPlan.RUNNING_FROM_FLOW.entrySet()) {
            String flow = r.getKey();
            String total = r.getValue();
            jdbc.sql("delete from insight_unit_period where measure = ?")
                    .param(total)
                    .update();
            jdbc.sql("delete from insight_future where measure = ?")
                    .param(total)
                    .update();
            jdbc.sql("insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                            + " select unit_id, 'T', period_start, ?, sum(value) over (partition by unit_id"
                            + " order by period_start) from insight_unit_period where period_kind = 'M'"
                            + " and measure = ?" + KEY_ORDER)
                    .params(total, flow)
                    .update();
        }
    }

    /** The months from {@code first} to {@code last} with their last days, for the set-based running totals. */
    void calendar(LocalDate first, LocalDate last) {
        jdbc.sql("delete from insight_month").update();
        List<Object[]> months = new ArrayList<>();
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(new Object[] {Date.valueOf(m), Date.valueOf(Activity.lastDay(m))});
        }
        if (!months.isEmpty()) {
            template.batchUpdate("insert into insight_month (month, last_day) values (?, ?)", months);
        }
    }

    private int maxDepth() {
        Integer depth = jdbc.sql("select max(depth) from geo_unit")
                .query(Integer.class)
                .optional()
                .orElse(null);
        return depth == null ? 0 : depth;
    }

    static String depths(int max) {
        StringBuilder values = new StringBuilder("(values ");
        for (int n = 0; n <= max; n++) {
            values.append(n == 0 ? "" : ", ").append("(").append(n).append(")");
        }
        return values.append(") as k (n)").toString();
    }
}
