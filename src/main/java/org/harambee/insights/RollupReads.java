package org.harambee.insights;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitSummary;
import org.harambee.system.DeploymentZone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind every figure: a unit and its children (asked of the geography module, for their ids, names, child
 * population and district counts, one call each), and their roll-up rows for a period, all units at once. Never a
 * source table: figures come from {@code insight_unit_period} only, which holds months and running totals; quarters and
 * years are summed from their months here (decision 0048).
 */
@Repository
class RollupReads {

    /** District units sit at this depth (country 0, province 1, district 2), as in the scale-up module. */
    static final int DISTRICT_DEPTH = 2;

    /** A unit as the figures need it. */
    record Unit(UUID id, String pcode, String name, int depth, String path, Long children) {}

    /** One roll-up row. */
    record Row(char kind, LocalDate start, String measure, long value) {}

    /** The kind of a running total's row: its value from its month on, until the next (decision 0048). */
    static final char TOTAL = 'T';

    private final JdbcClient jdbc;
    private final Geography geography;
    private final DeploymentZone zone;

    RollupReads(JdbcClient jdbc, Geography geography, DeploymentZone zone) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.zone = zone;
    }

    Optional<Unit> unit(String pcode, String language) {
        return geography.summary(pcode, language).map(RollupReads::unit);
    }

    Optional<Unit> unit(UUID id, String language) {
        return geography.summary(id, language).map(RollupReads::unit);
    }

    /** The unit's children still valid at {@code on}, by name. */
    List<Unit> children(UUID parentId, String language, LocalDate on) {
        return geography.validChildren(parentId, language, on).stream()
                .map(RollupReads::unit)
                .toList();
    }

    /**
     * How many districts lie in the unit and in each child: counted from the geography above district level; a
     * district or a unit below one lies in exactly one.
     */
    Map<UUID, Long> districts(Unit unit, List<Unit> children) {
        Map<UUID, Long> counts = new HashMap<>();
        if (unit.depth() >= DISTRICT_DEPTH) {
            counts.put(unit.id(), 1L);
            children.forEach(c -> counts.put(c.id(), 1L));
            return counts;
        }
        List<String> paths = geography.pathsAtLevel(unit.path(), DISTRICT_DEPTH);
        counts.put(unit.id(), (long) paths.size());
        for (Unit child : children) {
            counts.put(
                    child.id(),
                    paths.stream().filter(p -> p.startsWith(child.path())).count());
        }
        return counts;
    }

    /**
     * The figures of these units for the period, by unit and measure: flows summed from the period's month rows,
     * stocks from the month rows of {@code stockMonth}, running totals from the last total row up to it (decision
     * 0048). One query, on the primary key.
     */
    Map<UUID, Map<String, Long>> values(Collection<UUID> unitIds, Period period, YearMonth stockMonth) {
        Map<UUID, Map<String, Long>> values = new LinkedHashMap<>();
        unitIds.forEach(id -> values.put(id, new HashMap<>()));
        if (unitIds.isEmpty()) {
            return values;
        }
        LocalDate stockStart = stockMonth.atDay(1);
        Map<UUID, Map<String, LocalDate>> totalAt = new HashMap<>();
        jdbc.sql("select unit_id, period_kind, period_start, measure, value from insight_unit_period"
                        + " where unit_id in (:ids) and ((period_kind = 'M' and period_start >= :from"
                        + " and period_start < :to) or (period_kind = 'M' and period_start = :stock)"
                        + " or (period_kind = 'T' and period_start <= :stock))")
                .param("ids", unitIds)
                .param("from", Date.valueOf(period.start()))
                .param("to", Date.valueOf(period.end()))
                .param("stock", Date.valueOf(stockStart))
                .query(rs -> {
                    UUID unit = rs.getObject(1, UUID.class);
                    Row row = row(rs, 2);
                    Map<String, Long> figures = values.get(unit);
                    if (row.kind() == TOTAL) {
                        LocalDate seen = totalAt.computeIfAbsent(unit, u -> new HashMap<>())
                                .get(row.measure());
                        if (seen == null || seen.isBefore(row.start())) {
                            totalAt.get(unit).put(row.measure(), row.start());
                            figures.put(row.measure(), row.value());
                        }
                    } else if (isStock(row.measure())) {
                        if (row.start().equals(stockStart)) {
                            figures.put(row.measure(), row.value());
                        }
                    } else if (!row.start().isBefore(period.start())
                            && row.start().isBefore(period.end())) {
                        figures.merge(row.measure(), row.value(), Long::sum);
                    }
                });
        values.values().forEach(figures -> figures.values().removeIf(v -> v == 0));
        return values;
    }

    /**
     * Every roll-up row of one unit of kind {@code kind} or M, with a start in [from, to), as if each were stored:
     * the month rows as they are, a quarter's or a year's flows summed from its months, and the running totals of
     * each month up to this month (decision 0048).
     */
    List<Row> series(UUID unitId, char kind, LocalDate from, LocalDate to) {
        List<Row> months = new ArrayList<>();
        Map<String, TreeMap<LocalDate, Long>> totals = new HashMap<>();
        jdbc.sql("select period_kind, period_start, measure, value from insight_unit_period"
                        + " where unit_id = :id and ((period_kind = 'M' and period_start >= :from"
                        + " and period_start < :to) or (period_kind = 'T' and period_start < :to))")
                .param("id", unitId)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query(rs -> {
                    Row row = row(rs, 1);
                    if (row.kind() == TOTAL) {
                        totals.computeIfAbsent(row.measure(), m -> new TreeMap<>())
                                .put(row.start(), row.value());
                    } else {
                        months.add(row);
                    }
                });
        List<Row> rows = new ArrayList<>(months);
        LocalDate last = zone.thisMonth().atDay(1);
        totals.forEach((measure, changes) -> {
            for (LocalDate m = from; m.isBefore(to) && !m.isAfter(last); m = m.plusMonths(1)) {
                Map.Entry<LocalDate, Long> total = changes.floorEntry(m);
                if (total != null && total.getValue() != 0) {
                    rows.add(new Row('M', m, measure, total.getValue()));
                }
            }
        });
        if (kind != 'M') {
            Map<Period, Map<String, Long>> sums = new LinkedHashMap<>();
            for (Row month : months) {
                if (!isStock(month.measure())) {
                    Period period = kind == 'Q' ? Period.quarterOf(month.start()) : Period.yearOf(month.start());
                    sums.computeIfAbsent(period, p -> new LinkedHashMap<>())
                            .merge(month.measure(), month.value(), Long::sum);
                }
            }
            sums.forEach((period, flows) -> flows.forEach((measure, value) -> {
                if (value != 0) {
                    rows.add(new Row(kind, period.start(), measure, value));
                }
            }));
        }
        return rows;
    }

    /** Whether a stored measure name is a stock; histogram buckets and names this version does not know are not. */
    static boolean isStock(String measure) {
        try {
            return Measure.valueOf(measure).stock();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Row row(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        return new Row(
                rs.getString(first).charAt(0),
                rs.getDate(first + 1).toLocalDate(),
                rs.getString(first + 2),
                rs.getLong(first + 3));
    }

    private static Unit unit(UnitSummary unit) {
        return new Unit(unit.id(), unit.pcode(), unit.name(), unit.level(), unit.path(), unit.populationChildren());
    }
}
