package org.harambee.insights.facts;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.system.BufferedInserts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The folder (decision 0015): every second (or as configured) one node takes the folder's row with
 * {@code FOR UPDATE SKIP LOCKED} (the others skip the pass) and adds the oldest deltas into the roll-up tables, then
 * deletes them, in one transaction per batch: a delta is counted exactly once, whichever node folds it and whenever a
 * node stops. A community's deltas count at the path the facts hold for it now; its row is locked while its deltas
 * are folded, so that a move of the community waits for the fold or the fold for the move. A rebuild pauses it.
 */
@Component
public class Folding {

    /** What one pass did: deltas folded, or -1 when another node holds the folder or a rebuild paused it. */
    record Pass(int folded, boolean drained) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FactSql sql;
    private final Horizon horizon;
    private final TransactionTemplate transaction;
    private final int batch;
    private final BufferedInserts inserts;

    Folding(
            JdbcClient jdbc,
            JdbcTemplate template,
            FactSql sql,
            Horizon horizon,
            PlatformTransactionManager transactions,
            @Value("${harambee.insights.fold-batch:2000}") int batch,
            BufferedInserts inserts) {
        this.inserts = inserts;
        this.jdbc = jdbc;
        this.template = template;
        this.sql = sql;
        this.horizon = horizon;
        this.transaction = new TransactionTemplate(transactions);
        this.batch = batch;
    }

    /** The scheduled pass: folds batch after batch until nothing is left (or another node has the folder). */
    @Scheduled(
            fixedDelayString = "${harambee.insights.fold-interval:PT1S}",
            initialDelayString = "${harambee.insights.fold-interval:PT1S}")
    public void fold() {
        Pass pass;
        do {
            pass = transaction.execute(status -> once(" skip locked"));
        } while (pass != null && pass.folded() > 0 && !pass.drained());
    }

    /**
     * Folds everything committed so far, waiting for a fold in progress on another thread or node rather than skipping
     * (for tests and commands that need the figures current); does nothing while a rebuild has the folder paused.
     */
    public void foldAll() {
        Pass pass;
        do {
            pass = transaction.execute(status -> once(""));
        } while (pass != null && pass.folded() > 0 && !pass.drained());
    }

    /** When figures are current to: the oldest delta not yet folded, or now when none waits. */
    public Instant asOf() {
        return oldestWaiting().orElseGet(Instant::now);
    }

    /** Seconds the oldest waiting delta has waited (0 when none waits): the staleness of the figures. */
    public double staleness() {
        return oldestWaiting()
                .map(t -> Math.max(0, (Instant.now().toEpochMilli() - t.toEpochMilli()) / 1000.0))
                .orElse(0.0);
    }

    /** How many deltas wait to be folded. */
    public long waiting() {
        inserts.flush();
        return jdbc.sql("select count(*) from insight_delta").query(Long.class).single();
    }

    private Optional<Instant> oldestWaiting() {
        inserts.flush();
        return jdbc.sql("select created_at from insight_delta order by id limit 1")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    private Pass once(String skip) {
        inserts.flush();
        List<String> free = jdbc.sql("select paused_by from insight_fold where id = 1 for update" + skip)
                .query((rs, n) -> rs.getString(1) == null ? "" : rs.getString(1))
                .list();
        if (free.isEmpty() || !free.get(0).isEmpty()) {
            return new Pass(-1, true);
        }
        LocalDate last = horizon.current();
        record Row(
                long id, UUID community, String path, char scope, char kind, LocalDate start, String measure, long v) {}
        List<Row> rows = jdbc.sql("select id, community_id, unit_path, scope, kind, period_start, measure, value"
                        + " from insight_delta order by id limit ?")
                .param(batch)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4).charAt(0),
                        rs.getString(5).charAt(0),
                        rs.getDate(6).toLocalDate(),
                        rs.getString(7),
                        rs.getLong(8)))
                .list();
        if (rows.isEmpty()) {
            jdbc.sql("update insight_fold set folded_at = ? where id = 1")
                    .param(Timestamp.from(Instant.now()))
                    .update();
            return new Pass(0, true);
        }
        Map<UUID, String> paths = paths(rows.stream()
                .map(Row::community)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .sorted()
                .toList());
        FoldPlan plan = new FoldPlan(last);
        for (Row r : rows) {
            String path = r.community() == null ? r.path() : paths.getOrDefault(r.community(), r.path());
            plan.add(new FoldPlan.Item(r.community(), path, r.scope(), r.kind(), r.start(), r.measure(), r.v()));
        }
        plan.districts(before(plan.activeAtDistricts()));
        write(plan);
        List<Object[]> ids = rows.stream().map(r -> new Object[] {r.id()}).toList();
        template.batchUpdate("delete from insight_delta where id = ?", ids);
        boolean drained = rows.size() < batch;
        if (drained) {
            jdbc.sql("update insight_fold set folded_at = ? where id = 1")
                    .param(Timestamp.from(Instant.now()))
                    .update();
        }
        return new Pass(rows.size(), drained);
    }

    /** The communities' paths as the facts hold them, their rows locked until the fold commits. */
    private Map<UUID, String> paths(List<UUID> communities) {
        Map<UUID, String> paths = new HashMap<>();
        for (int from = 0; from < communities.size(); from += 500) {
            List<UUID> part = communities.subList(from, Math.min(communities.size(), from + 500));
            jdbc.sql("select community_id, unit_path from insight_community where community_id in (:ids)"
                            + " order by community_id for update")
                    .param("ids", part)
                    .query(rs -> {
                        paths.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return paths;
    }

    private Map<FoldPlan.UnitKey, Long> before(List<FoldPlan.UnitKey> keys) {
        Map<FoldPlan.UnitKey, Long> values = new HashMap<>();
        for (FoldPlan.UnitKey k : keys) {
            jdbc.sql("select value from insight_unit_period where unit_id = ? and period_kind = ?"
                            + " and period_start = ? and measure = ?")
                    .params(k.unit(), String.valueOf(k.kind()), Date.valueOf(k.start()), k.measure())
                    .query(Long.class)
                    .optional()
                    .ifPresent(v -> values.put(k, v));
        }
        return values;
    }

    /**
     * The running totals' changes (decision 0048), after the month rows: a total row where its flow has a month row
     * now (the total before it, then the change added to it and every later one), none where the flow's row is gone.
     */
    private void totals(Map<FoldPlan.UnitKey, Long> totals) {
        if (totals.isEmpty()) {
            return;
        }
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> adds = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        totals.forEach((k, v) -> {
            FoldPlan.UnitKey flow = FoldPlan.flowOf(k);
            Date month = Date.valueOf(k.start());
            inserts.add(new Object[] {
                k.unit(), month, k.measure(), k.unit(), k.measure(), month, k.unit(), month, k.measure()
            });
            adds.add(new Object[] {v, k.unit(), k.measure(), month});
            deletes.add(new Object[] {k.unit(), month, k.measure(), flow.unit(), month, flow.measure()});
        });
        template.batchUpdate(
                "insert into insight_unit_period (unit_id, period_kind, period_start, measure, value)"
                        + " select ?, 'T', ?, ?, coalesce((select value from insight_unit_period where unit_id = ?"
                        + " and period_kind = 'T' and measure = ? and period_start < ? order by period_start desc"
                        + " fetch first 1 rows only), 0) where not exists (select 1 from insight_unit_period"
                        + " where unit_id = ? and period_kind = 'T' and period_start = ? and measure = ?)",
                inserts);
        template.batchUpdate(
                "update insight_unit_period set value = value + ? where unit_id = ? and period_kind = 'T'"
                        + " and measure = ? and period_start >= ?",
                adds);
        template.batchUpdate(
                "delete from insight_unit_period where unit_id = ? and period_kind = 'T' and period_start = ?"
                        + " and measure = ? and not exists (select 1 from insight_unit_period f where f.unit_id = ?"
                        + " and f.period_kind = 'M' and f.period_start = ? and f.measure = ?)",
                deletes);
    }

    private void write(FoldPlan plan) {
        List<Object[]> communities = new ArrayList<>();
        plan.communities()
                .forEach((k, v) ->
                        communities.add(new Object[] {k.community(), Date.valueOf(k.month()), k.measure(), v}));
        if (!communities.isEmpty()) {
            template.batchUpdate(sql.addToCommunity(), communities);
            template.batchUpdate(
                    "delete from insight_community_month where community_id = ? and month = ? and measure = ?"
                            + " and value = 0",
                    communities.stream()
                            .map(r -> new Object[] {r[0], r[1], r[2]})
                            .toList());
        }
        List<Object[]> units = new ArrayList<>();
        plan.units()
                .forEach((k, v) -> units.add(
                        new Object[] {k.unit(), String.valueOf(k.kind()), Date.valueOf(k.start()), k.measure(), v}));
        if (!units.isEmpty()) {
            template.batchUpdate(sql.addToUnit(), units);
            template.batchUpdate(
                    "delete from insight_unit_period where unit_id = ? and period_kind = ? and period_start = ?"
                            + " and measure = ? and value = 0",
                    // any change can bring a row to 0: a fold may have taken it below 0 before (a delta counted at
                    // its community's path now), so not only the falls are looked at
                    units.stream()
                            .map(r -> new Object[] {r[0], r[1], r[2], r[3]})
                            .toList());
        }
        totals(plan.totals());
        List<Object[]> future = new ArrayList<>();
        plan.future().forEach((k, v) -> future.add(new Object[] {k.unit(), Date.valueOf(k.month()), k.measure(), v}));
        if (!future.isEmpty()) {
            template.batchUpdate(sql.addToFuture(), future);
            template.batchUpdate(
                    "delete from insight_future where unit_id = ? and month = ? and measure = ? and value = 0",
                    future.stream().map(r -> new Object[] {r[0], r[1], r[2]}).toList());
        }
    }
}
