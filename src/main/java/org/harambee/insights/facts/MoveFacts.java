package org.harambee.insights.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.UnitPaths;
import org.harambee.communities.CommunityMoved;
import org.harambee.geography.UnitMoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves facts when a community is placed at another unit, or a boundary import moves a unit under another parent:
 * what was folded into the old ancestors (those not shared with the new path) is taken off them and added to the new
 * ones, as deltas; running totals and active districts follow in the folder. What is not folded yet follows the
 * community's new path by itself (the folder reads a community's path when it folds). The community rows are locked
 * first, so that a fold of them finishes before the move reads what was folded, or waits for the move. A move already
 * applied (the kept path is the new one) changes nothing. Partner counts are distinct per unit and cannot be moved as
 * sums: the units that gained or lost the moved unit count their partners again from the adoptions below them.
 */
@Component
class MoveFacts {

    private static final Logger log = LoggerFactory.getLogger(MoveFacts.class);

    /** One fact to move: a period's value of a measure. */
    private record Fact(char kind, LocalDate start, String measure, long value) {}

    private final Rollups rollups;
    private final CommunityState state;
    private final PartnerFacts partners;
    private final JdbcClient jdbc;

    MoveFacts(Rollups rollups, CommunityState state, PartnerFacts partners, JdbcClient jdbc) {
        this.rollups = rollups;
        this.state = state;
        this.partners = partners;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(CommunityMoved e) {
        CommunityState.Community c = state.lock(e.communityId()).orElse(null);
        if (c == null || c.unitPath().equals(e.newUnitPath())) {
            return;
        }
        state.move(c.id(), e.newUnitPath());
        rollups.flush();
        List<Fact> facts = new ArrayList<>();
        // what the community holds less its states whose deltas still wait: those will fold at the new path
        jdbc.sql("select month, measure, sum(v) from (select month, measure, value as v from insight_community_month"
                        + " where community_id = ? union all select period_start, measure, -value from insight_delta"
                        + " where community_id = ? and kind = 'M') x group by month, measure having sum(v) <> 0")
                .params(c.id(), c.id())
                .query(rs -> {
                    facts.add(new Fact('M', rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3)));
                });
        rollups.append(shift(facts, c.unitPath(), e.newUnitPath()));
    }

    @EventListener
    @Transactional
    void on(UnitMoved e) {
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
        jdbc.sql("update insight_community set unit_path = ? || substring(unit_path, ?)"
                        + " where unit_path >= ? and unit_path < ?")
                .params(e.newPath(), e.oldPath().length() + 1, e.oldPath(), UnitPaths.end(e.oldPath()))
                .update();
        state.changedInBulk();
        List<Fact> facts = new ArrayList<>();
        jdbc.sql("select period_kind, period_start, measure, value from insight_unit_period where unit_id = ?")
                .param(e.unitId())
                .query(rs -> {
                    facts.add(new Fact(
                            rs.getString(1).charAt(0), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getLong(4)));
                });
        facts.addAll(waiting(e.unitId()));
        List<Fact> moved = facts.stream()
                .filter(f -> !PartnerFacts.partnerStock(f.measure()))
                .toList();
        rollups.append(shift(moved, parent(e.oldPath()), parent(e.newPath())));
        // partners count once per unit: the units that gained or lost the moved one count theirs again
        jdbc.sql("update insight_partner_adoption set unit_path = ? || substring(unit_path, ?)"
                        + " where unit_path >= ? and unit_path < ?")
                .params(e.newPath(), e.oldPath().length() + 1, e.oldPath(), UnitPaths.end(e.oldPath()))
                .update();
        List<String> old = FoldPlan.prefixes(parent(e.oldPath()));
        List<String> now = FoldPlan.prefixes(parent(e.newPath()));
        List<String> changed =
                new ArrayList<>(old.stream().filter(p -> !now.contains(p)).toList());
        changed.addAll(now.stream().filter(p -> !old.contains(p)).toList());
        rollups.append(partners.recount(changed, e.newPath()));
        jdbc.sql("delete from insight_unit_path where unit_id = ?")
                .param(e.unitId())
                .update();
        jdbc.sql("insert into insight_unit_path (unit_id, path) values (?, ?)")
                .params(e.unitId(), e.newPath())
                .update();
    }

    /**
     * What a unit's own deltas still waiting will add to it (a scale-up event's, a move's): they fold at the ancestors
     * they were written for, so they move with what is folded. A community's deltas follow its new path by themselves.
     */
    private List<Fact> waiting(UUID unit) {
        rollups.flush();
        FoldPlan plan = new FoldPlan(LocalDate.MIN);
        jdbc.sql("select unit_path, scope, kind, period_start, measure, value from insight_delta"
                        + " where community_id is null and kind <> 'R' and unit_path like ?")
                .param("%/" + unit + "/%")
                .query(rs -> {
                    plan.add(new FoldPlan.Item(
                            null,
                            rs.getString(1),
                            rs.getString(2).charAt(0),
                            rs.getString(3).charAt(0),
                            rs.getDate(4).toLocalDate(),
                            rs.getString(5),
                            rs.getLong(6)));
                });
        List<Fact> facts = new ArrayList<>();
        plan.units().forEach((k, v) -> {
            if (k.unit().equals(unit)) { // a running total's change is in the plan's totals, which follow the flows
                facts.add(new Fact(k.kind(), k.start(), k.measure(), v));
            }
        });
        return facts;
    }

    /** Takes each fact off the units only on the old path and adds it to those only on the new one. */
    private static List<Rollups.Delta> shift(List<Fact> facts, String from, String to) {
        List<String> old = FoldPlan.prefixes(from);
        List<String> now = FoldPlan.prefixes(to);
        Set<String> shared = Set.copyOf(old.stream().filter(now::contains).toList());
        List<Rollups.Delta> deltas = new ArrayList<>();
        for (Fact f : facts) {
            if (FoldPlan.RUNNING_FROM_FLOW.containsValue(f.measure())) {
                continue; // the folder moves running totals with the flows they are made of
            }
            old.stream()
                    .filter(u -> !shared.contains(u))
                    .forEach(u -> deltas.add(Rollups.Delta.at(u, f.kind(), f.start(), f.measure(), -f.value())));
            now.stream()
                    .filter(u -> !shared.contains(u))
                    .forEach(u -> deltas.add(Rollups.Delta.at(u, f.kind(), f.start(), f.measure(), f.value())));
        }
        return deltas;
    }

    private static String parent(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
    }
}
