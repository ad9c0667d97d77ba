package org.harambee.insights.facts;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.harambee.insights.Measure;
import org.harambee.insights.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the facts: a community's monthly counters and the roll-ups of its unit and every ancestor (months, quarters
 * and years for flows, months for stocks). Rows are written in key order, so that two transactions touching the same
 * roll-ups wait for each other rather than deadlock. Callers run inside the event's transaction and first call
 * {@link #open()}, which keeps a rebuild out until they commit.
 */
@Component
class Rollups {

    /** One change of a roll-up row. */
    record Delta(UUID unit, char kind, LocalDate start, String measure, long value) {}

    private static final Comparator<Delta> KEY_ORDER = Comparator.comparing(Delta::unit)
            .thenComparing(Delta::kind)
            .thenComparing(Delta::start)
            .thenComparing(Delta::measure);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FactSql sql;
    private final Horizon horizon;

    Rollups(JdbcClient jdbc, JdbcTemplate template, FactSql sql, Horizon horizon) {
        this.jdbc = jdbc;
        this.template = template;
        this.sql = sql;
        this.horizon = horizon;
    }

    /** Holds the horizon for this transaction; answers the last month that running totals have rows for. */
    LocalDate open() {
        return horizon.hold();
    }

    /** True the first time {@code key} is seen: what it stands for may be counted now, and never again. */
    boolean firstTime(String key) {
        return jdbc.sql("insert into insight_processed (event_key) values (?) on conflict do nothing")
                        .param(key)
                        .update()
                == 1;
    }

    /** A flow of a community on a day: its monthly counter, and its unit's and ancestors' periods. */
    void flow(UUID community, String path, LocalDate day, String measure, long value) {
        template.update(sql.addToCommunity(), community, Date.valueOf(month(day)), measure, value);
        unitFlow(path, day, measure, value);
    }

    /** A flow that belongs to a unit rather than a community (a scale-up event). */
    void unitFlow(String path, LocalDate day, String measure, long value) {
        List<Delta> deltas = new ArrayList<>();
        for (UUID unit : UnitPath.units(path)) {
            for (Period p : List.of(Period.month(YearMonth.from(day)), Period.quarterOf(day), Period.yearOf(day))) {
                deltas.add(new Delta(unit, p.kind(), p.start(), measure, value));
            }
        }
        apply(deltas);
    }

    /**
     * A community enters a state for a month (active, phased out six months ago...): counted once however often it is
     * said, at the community, its unit and each ancestor; answers whether it was new. A community newly active may
     * make its district newly active.
     */
    boolean enter(UUID community, String path, LocalDate month, Measure stock) {
        boolean entered = jdbc.sql("insert into insight_community_month (community_id, month, measure, value)"
                                + " values (?, ?, ?, 1) on conflict do nothing")
                        .params(community, Date.valueOf(month), stock.name())
                        .update()
                == 1;
        if (entered) {
            apply(UnitPath.units(path).stream()
                    .map(u -> new Delta(u, 'M', month, stock.name(), 1))
                    .toList());
            if (stock == Measure.COMMUNITIES_ACTIVE) {
                districtCheck(path, month, 1);
            }
        }
        return entered;
    }

    boolean holds(UUID community, LocalDate month, Measure stock) {
        return jdbc.sql("select count(*) from insight_community_month where community_id = ? and month = ?"
                                + " and measure = ?")
                        .params(community, Date.valueOf(month), stock.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds to a running total from {@code month} to the horizon (nothing for months beyond it: the roll adds them). */
    void running(String path, LocalDate month, Measure total, long value, LocalDate horizon) {
        List<Delta> deltas = new ArrayList<>();
        for (LocalDate m = month; !m.isAfter(horizon); m = m.plusMonths(1)) {
            for (UUID unit : UnitPath.units(path)) {
                deltas.add(new Delta(unit, 'M', m, total.name(), value));
            }
        }
        apply(deltas);
    }

    /**
     * After the active count of the path's district changed by {@code change} for a month: the district becomes
     * active (its count was 0) or stops being active (its count is 0), for itself and its ancestors.
     */
    void districtCheck(String path, LocalDate month, long change) {
        UUID district = UnitPath.district(path);
        if (district == null || change == 0) {
            return;
        }
        long now = value(district, 'M', month, Measure.COMMUNITIES_ACTIVE.name());
        int step = change > 0 && now == change ? 1 : change < 0 && now == 0 ? -1 : 0;
        if (step != 0) {
            apply(UnitPath.districtAndAbove(path).stream()
                    .map(u -> new Delta(u, 'M', month, Measure.DISTRICTS_ACTIVE.name(), step))
                    .toList());
        }
    }

    long value(UUID unit, char kind, LocalDate start, String measure) {
        return jdbc.sql("select value from insight_unit_period where unit_id = ? and period_kind = ?"
                        + " and period_start = ? and measure = ?")
                .params(unit, String.valueOf(kind), Date.valueOf(start), measure)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** Applies changes to roll-up rows in key order; rows that fall to zero are removed, as a rebuild has none. */
    void apply(List<Delta> deltas) {
        List<Delta> sorted =
                deltas.stream().filter(d -> d.value() != 0).sorted(KEY_ORDER).toList();
        if (sorted.isEmpty()) {
            return;
        }
        template.batchUpdate(
                sql.addToUnit(),
                sorted.stream()
                        .map(d -> new Object[] {
                            d.unit(), String.valueOf(d.kind()), Date.valueOf(d.start()), d.measure(), d.value()
                        })
                        .toList());
        List<Object[]> lowered = sorted.stream()
                .filter(d -> d.value() < 0)
                .map(d -> new Object[] {d.unit(), String.valueOf(d.kind()), Date.valueOf(d.start()), d.measure()})
                .toList();
        if (!lowered.isEmpty()) {
            template.batchUpdate(
                    "delete from insight_unit_period where unit_id = ? and period_kind = ? and period_start = ?"
                            + " and measure = ? and value = 0",
                    lowered);
        }
    }

    /** True for a stock measure (months only); a histogram bucket {@code NAME:weeks} is a flow. */
    static boolean stock(String measure) {
        return !measure.contains(":") && Measure.valueOf(measure).stock();
    }

    static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }
}
