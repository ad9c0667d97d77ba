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
import java.util.UUID;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind every figure: a unit and its children (asked of the geography module, for their ids, names, child
 * population and district counts, one call each), and their roll-up rows for a period, all units at once. Never a
 * source table: figures come from {@code insight_unit_period} only.
 */
@Repository
class RollupReads {

    /** District units sit at this depth (country 0, province 1, district 2), as in the scale-up module. */
    static final int DISTRICT_DEPTH = 2;

    /** A unit as the figures need it. */
    record Unit(UUID id, String pcode, String name, int depth, String path, Long children) {}

    /** One roll-up row. */
    record Row(char kind, LocalDate start, String measure, long value) {}

    private final JdbcClient jdbc;
    private final Geography geography;

    RollupReads(JdbcClient jdbc, Geography geography) {
        this.jdbc = jdbc;
        this.geography = geography;
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
     * The figures of these units for the period, by unit and measure: flows from the period's own rows, stocks from
     * the month rows of {@code stockMonth}. One query, on the primary key.
     */
    Map<UUID, Map<String, Long>> values(Collection<UUID> unitIds, Period period, YearMonth stockMonth) {
        Map<UUID, Map<String, Long>> values = new LinkedHashMap<>();
        unitIds.forEach(id -> values.put(id, new HashMap<>()));
        if (unitIds.isEmpty()) {
            return values;
        }
        LocalDate stockStart = stockMonth.atDay(1);
        jdbc.sql("select unit_id, period_kind, period_start, measure, value from insight_unit_period"
                        + " where unit_id in (:ids) and ((period_kind = :kind and period_start = :start)"
                        + " or (period_kind = 'M' and period_start = :stock))")
                .param("ids", unitIds)
                .param("kind", String.valueOf(period.kind()))
                .param("start", Date.valueOf(period.start()))
                .param("stock", Date.valueOf(stockStart))
                .query(rs -> {
                    Row row = row(rs, 2);
                    boolean stock = isStock(row.measure());
                    boolean wanted = stock
                            ? row.kind() == 'M' && row.start().equals(stockStart)
                            : row.kind() == period.kind() && row.start().equals(period.start());
                    if (wanted) {
                        values.get(rs.getObject(1, UUID.class)).put(row.measure(), row.value());
                    }
                });
        return values;
    }

    /** Every roll-up row of one unit of kind {@code kind} or M, with a start in [from, to). */
    List<Row> series(UUID unitId, char kind, LocalDate from, LocalDate to) {
        List<Row> rows = new ArrayList<>();
        jdbc.sql("select period_kind, period_start, measure, value from insight_unit_period"
                        + " where unit_id = :id and period_kind in (:kinds)"
                        + " and period_start >= :from and period_start < :to")
                .param("id", unitId)
                .param("kinds", List.of(String.valueOf(kind), "M"))
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query(rs -> {
                    rows.add(row(rs, 1));
                });
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
