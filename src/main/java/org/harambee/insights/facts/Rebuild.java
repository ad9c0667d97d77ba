package org.harambee.insights.facts;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.harambee.insights.Measure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every fact from the source tables (communities, phases, meetings, spread links, referrals and their
 * transitions, scale-up events) with set-based statements, in one transaction. It takes the horizon row in update
 * mode first: writers wait until it commits, and it waits for writers already running, so that no event is counted
 * both by the rebuild and by its listener, nor by neither.
 */
@Component
class Rebuild {

    /** How many rows of each table the rebuild wrote. */
    record Result(long communityMonths, long unitPeriods) {}

    /** Length of a path down to a district: '/' and 36 characters and '/' per level. */
    private static final int DISTRICT_PREFIX = 1 + 37 * (UnitPath.DISTRICT_DEPTH + 1);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CommunityMonthsRebuild communityMonths;
    private final Horizon horizon;

    Rebuild(JdbcClient jdbc, JdbcTemplate template, CommunityMonthsRebuild communityMonths, Horizon horizon) {
        this.jdbc = jdbc;
        this.template = template;
        this.communityMonths = communityMonths;
        this.horizon = horizon;
    }

    @Transactional
    Result run() {
        horizon.rollTo(YearMonth.now().atDay(1));
        LocalDate last = jdbc.sql("select month from insight_horizon where id = 1")
                .query(LocalDate.class)
                .single();
        for (String table :
                List.of("insight_unit_period", "insight_community_month", "insight_community", "insight_month")) {
            jdbc.sql("delete from " + table).update();
        }
        communityMonths.run();
        unitMonths();
        scaleUp();
        quartersAndYears();
        districts();
        running(last);
        return new Result(count("insight_community_month"), count("insight_unit_period"));
    }

    /** Each community month added up at the community's unit, then at each ancestor read from the path. */
    private void unitMonths() {
        explode(
                "select c.unit_path, f.month as pstart, f.measure, sum(f.value) as v from insight_community_month f"
                        + " join insight_community c on c.community_id = f.community_id group by c.unit_path, f.month, f.measure");
    }

    private void scaleUp() {
        String month = CommunityMonthsRebuild.month("occurred_on");
        explode("select unit_path, " + month
                + " as pstart, 'SCALE_UP_' || kind as measure, count(*) as v from scaleup_event"
                + " group by unit_path, " + month + ", kind");
    }

    private void explode(String grouped) {
        jdbc.sql("insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                        + " select cast(substring(g.unit_path, 2 + 37 * k.n, 36) as uuid), 'M', g.pstart, g.measure,"
                        + " sum(g.v) from (" + grouped + ") g cross join " + depths(maxDepth())
                        + " where length(g.unit_path) >= 38 + 37 * k.n"
                        + " group by cast(substring(g.unit_path, 2 + 37 * k.n, 36) as uuid), g.pstart, g.measure")
                .update();
    }

    private void quartersAndYears() {
        String stocks = Arrays.stream(Measure.values())
                .filter(Measure::stock)
                .map(m -> "'" + m.name() + "'")
                .collect(Collectors.joining(", "));
        for (String kind : List.of("quarter", "year")) {
            String start = "cast(date_trunc('" + kind + "', period_start) as date)";
            jdbc.sql("insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                            + " select unit_id, '" + Character.toUpperCase(kind.charAt(0)) + "', " + start
                            + ", measure, sum(value) from insight_unit_period where period_kind = 'M'"
                            + " and measure not in (" + stocks + ") group by unit_id, " + start + ", measure")
                    .update();
        }
    }

    /** A district with at least one active community in a month counts once at itself and each ancestor. */
    private void districts() {
        jdbc.sql("insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                        + " select cast(substring(d.district, 2 + 37 * k.n, 36) as uuid), 'M', d.dmonth,"
                        + " 'DISTRICTS_ACTIVE', count(*) from (select distinct substring(c.unit_path, 1, "
                        + DISTRICT_PREFIX + ") as district, f.month as dmonth from insight_community_month f"
                        + " join insight_community c on c.community_id = f.community_id"
                        + " where f.measure = 'COMMUNITIES_ACTIVE' and length(c.unit_path) >= " + DISTRICT_PREFIX
                        + ") d cross join " + depths(UnitPath.DISTRICT_DEPTH)
                        + " group by cast(substring(d.district, 2 + 37 * k.n, 36) as uuid), d.dmonth")
                .update();
    }

    /** Running totals: for each unit, each month from its first flow to the horizon, the sum of flows so far. */
    private void running(LocalDate last) {
        LocalDate first = jdbc.sql("select min(period_start) from insight_unit_period where period_kind = 'M'")
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (first == null) {
            return;
        }
        List<Object[]> months = new ArrayList<>();
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(new Object[] {Date.valueOf(m), Date.valueOf(Activity.lastDay(m))});
        }
        template.batchUpdate("insert into insight_month (month, last_day) values (?, ?)", months);
        for (Horizon.Running r : Horizon.RUNNING) {
            jdbc.sql("insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                            + " select unit_id, 'M', month, ?, total from (select u.unit_id, m.month,"
                            + " sum(coalesce(f.value, 0)) over (partition by u.unit_id order by m.month) as total"
                            + " from (select unit_id, min(period_start) as first_month from insight_unit_period"
                            + " where period_kind = 'M' and measure = ? group by unit_id) u"
                            + " join insight_month m on m.month >= u.first_month"
                            + " left join insight_unit_period f on f.unit_id = u.unit_id and f.period_kind = 'M'"
                            + " and f.period_start = m.month and f.measure = ?) x where total <> 0")
                    .params(r.total().name(), r.flow().name(), r.flow().name())
                    .update();
        }
    }

    private int maxDepth() {
        Integer depth = jdbc.sql("select max(depth) from geo_unit")
                .query(Integer.class)
                .optional()
                .orElse(null);
        return depth == null ? 0 : depth;
    }

    private static String depths(int max) {
        StringBuilder values = new StringBuilder("(values ");
        for (int n = 0; n <= max; n++) {
            values.append(n == 0 ? "" : ", ").append("(").append(n).append(")");
        }
        return values.append(") as k (n)").toString();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
