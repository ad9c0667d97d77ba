package org.harambee.insights.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.harambee.communities.CommunityMoved;
import org.harambee.geography.UnitMoved;
import org.harambee.insights.Measure;
import org.harambee.insights.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves facts when a community is placed at another unit, or a boundary import moves a unit under another parent:
 * what was counted at the old ancestors (those not shared with the new path) is taken off them and added to the new
 * ones; the district counts follow. A community's own rows and a unit's own roll-ups do not change: they are keyed by
 * id. A move already applied (the kept path is the new one) changes nothing.
 */
@Component
class MoveFacts {

    private static final Logger log = LoggerFactory.getLogger(MoveFacts.class);

    private final Rollups rollups;
    private final CommunityState state;
    private final JdbcClient jdbc;

    MoveFacts(Rollups rollups, CommunityState state, JdbcClient jdbc) {
        this.rollups = rollups;
        this.state = state;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(CommunityMoved e) {
        LocalDate horizon = rollups.open();
        CommunityState.Community c = state.find(e.communityId()).orElse(null);
        if (c == null || c.unitPath().equals(e.newUnitPath())) {
            return;
        }
        String from = c.unitPath();
        String to = e.newUnitPath();
        record Fact(LocalDate month, String measure, long value) {}
        List<Fact> facts = jdbc.sql("select month, measure, value from insight_community_month where community_id = ?")
                .param(c.id())
                .query((rs, n) -> new Fact(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3)))
                .list();
        List<Rollups.Delta> deltas = new ArrayList<>();
        for (Fact f : facts) {
            for (Period p : periods(f.month(), f.measure())) {
                shift(deltas, from, to, p.kind(), p.start(), f.measure(), f.value());
            }
        }
        for (Horizon.Running r : Horizon.RUNNING) {
            LocalDate since = r.flow() == Measure.COMMUNITIES_REGISTERED ? c.registeredOn() : c.startedOn();
            for (LocalDate m = since == null ? null : Rollups.month(since);
                    m != null && !m.isAfter(horizon);
                    m = m.plusMonths(1)) {
                shift(deltas, from, to, 'M', m, r.total().name(), 1);
            }
        }
        rollups.apply(deltas);
        state.move(c.id(), to);
        for (Fact f : facts) {
            if (f.measure().equals(Measure.COMMUNITIES_ACTIVE.name())) {
                districtMoves(from, to, f.month(), f.value());
            }
        }
    }

    @EventListener
    @Transactional
    void on(UnitMoved e) {
        rollups.open();
        String kept = jdbc.sql("select path from insight_unit_path where unit_id = ?")
                .param(e.unitId())
                .query(String.class)
                .optional()
                .orElse(null);
        if (e.newPath().equals(kept)) {
            return;
        }
        if (UnitPath.units(e.oldPath()).size() != UnitPath.units(e.newPath()).size()) {
            log.warn("Unit {} moved to another depth: run --insights-rebuild for its district figures", e.pcode());
        }
        record Row(char kind, LocalDate start, String measure, long value) {}
        List<Row> rows = jdbc.sql("select period_kind, period_start, measure, value from insight_unit_period"
                        + " where unit_id = ?")
                .param(e.unitId())
                .query((rs, n) ->
                        new Row(rs.getString(1).charAt(0), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getLong(4)))
                .list();
        String from = parent(e.oldPath());
        String to = parent(e.newPath());
        List<Rollups.Delta> deltas = new ArrayList<>();
        rows.forEach(r -> shift(deltas, from, to, r.kind(), r.start(), r.measure(), r.value()));
        rollups.apply(deltas);
        jdbc.sql("update insight_community set unit_path = ? || substring(unit_path, ?)"
                        + " where unit_path >= ? and unit_path < ?")
                .params(
                        e.newPath(),
                        e.oldPath().length() + 1,
                        e.oldPath(),
                        org.harambee.access.UnitPaths.end(e.oldPath()))
                .update();
        jdbc.sql("delete from insight_unit_path where unit_id = ?")
                .param(e.unitId())
                .update();
        jdbc.sql("insert into insight_unit_path (unit_id, path) values (?, ?)")
                .params(e.unitId(), e.newPath())
                .update();
        if (UnitPath.district(e.oldPath()) != null && !e.oldPath().endsWith(UnitPath.district(e.oldPath()) + "/")) {
            for (Row r : rows) {
                if (r.kind() == 'M' && r.measure().equals(Measure.COMMUNITIES_ACTIVE.name())) {
                    districtMoves(e.oldPath(), e.newPath(), r.start(), r.value());
                }
            }
        }
    }

    private void districtMoves(String from, String to, LocalDate month, long active) {
        UUID oldDistrict = UnitPath.district(from);
        if (oldDistrict != null && oldDistrict.equals(UnitPath.district(to))) {
            return;
        }
        rollups.districtCheck(from, month, -active);
        rollups.districtCheck(to, month, active);
    }

    /** Takes {@code value} off the ancestors only on the old path and adds it to those only on the new one. */
    private static void shift(
            List<Rollups.Delta> deltas,
            String from,
            String to,
            char kind,
            LocalDate start,
            String measure,
            long value) {
        List<UUID> old = UnitPath.units(from);
        List<UUID> now = UnitPath.units(to);
        Set<UUID> shared = Set.copyOf(old.stream().filter(now::contains).toList());
        old.stream()
                .filter(u -> !shared.contains(u))
                .forEach(u -> deltas.add(new Rollups.Delta(u, kind, start, measure, -value)));
        now.stream()
                .filter(u -> !shared.contains(u))
                .forEach(u -> deltas.add(new Rollups.Delta(u, kind, start, measure, value)));
    }

    private static List<Period> periods(LocalDate month, String measure) {
        if (Rollups.stock(measure)) {
            return List.of(Period.month(YearMonth.from(month)));
        }
        return List.of(Period.month(YearMonth.from(month)), Period.quarterOf(month), Period.yearOf(month));
    }

    private static String parent(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
    }
}
