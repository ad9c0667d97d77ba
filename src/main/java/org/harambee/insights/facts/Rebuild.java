package org.harambee.insights.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.harambee.access.UnitPaths;
import org.harambee.insights.Measure;
import org.harambee.system.BufferedInserts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes every fact from the source tables (communities, phases, meetings, spread links, referrals and their
 * transitions, scale-up events, agreements and their parties, partner adoptions) in steps that each commit (decision
 * 0015): the communities district by district, then the roll-ups year by year, then the partners and the running
 * totals. Live writers go on: each step reads one snapshot (repeatable read) and drops the deltas that snapshot already
 * counts, so that no fact is counted both by the rebuild and by a delta, nor by neither; a writer waits only for a
 * row the step rewrites, for a moment. The folder is paused from the first step to the last; a rebuild that stops
 * leaves it paused and resumes where it stopped when run again.
 */
@Component
class Rebuild {

    /** How many rows of each table the rebuild left, and how many steps it ran (now, not resumed). */
    record Result(long communityMonths, long unitPeriods, int steps) {}

    /** Length of a path down to a district: '/' and 36 characters and '/' per level. */
    static final int DISTRICT_PREFIX = 1 + 37 * (UnitPath.DISTRICT_DEPTH + 1);

    private static final String RUNNING_COMMUNITIES =
            "'" + Measure.COMMUNITIES_REGISTERED_TOTAL.name() + "', '" + Measure.COMMUNITIES_EVER_STARTED.name() + "'";
    private static final String PARTNER_STOCKS =
            "'" + Measure.PARTNERS_INVITED.name() + "', '" + Measure.PARTNERS_SUPPORTING.name() + "'";

    private final JdbcClient jdbc;
    private final RebuildSteps steps;
    private final CommunityMonthsRebuild communityMonths;
    private final LinkageRebuild linkage;
    private final UnitsRebuild units;
    private final PartnerRebuild partners;
    private final Horizon horizon;
    private final Folding folding;
    private final BufferedInserts inserts;
    private final FactSql sql;

    Rebuild(
            JdbcClient jdbc,
            RebuildSteps steps,
            CommunityMonthsRebuild communityMonths,
            LinkageRebuild linkage,
            UnitsRebuild units,
            PartnerRebuild partners,
            Horizon horizon,
            Folding folding,
            BufferedInserts inserts,
            FactSql sql) {
        this.inserts = inserts;
        this.sql = sql;
        this.jdbc = jdbc;
        this.steps = steps;
        this.communityMonths = communityMonths;
        this.linkage = linkage;
        this.units = units;
        this.partners = partners;
        this.horizon = horizon;
        this.folding = folding;
    }

    /** The whole rebuild (or the rest of one that stopped), then a fold of what was written meanwhile. */
    Result run() {
        return run(line -> {});
    }

    /** As {@link #run()}, telling {@code progress} each step as it starts. */
    Result run(Consumer<String> progress) {
        String run = steps.start();
        int ran = 0;
        ran += steps.step(run, "horizon", progress, () -> horizon.rollTo(horizon.thisMonth()));
        analyze();
        Map<String, Runnable> districts = new LinkedHashMap<>();
        chunks().forEach(chunk -> districts.put("communities " + chunk, () -> communities(chunk)));
        ran += steps.steps(run, progress, districts);
        ran += steps.step(run, "agreement clusters", progress, linkage::clusters);
        LocalDate last = steps.horizon();
        analyze();
        Map<String, Runnable> years = new LinkedHashMap<>();
        years().forEach(year -> years.put("units " + year, () -> units.year(year)));
        ran += steps.steps(run, progress, years);
        ran += steps.step(run, "partners", progress, () -> partners.rebuild(last));
        ran += steps.step(run, "running totals", progress, units::running);
        steps.finish(run);
        folding.foldAll();
        return new Result(count("insight_community_month"), count("insight_unit_period"), ran);
    }

    /**
     * The communities of a district (a path range), or those placed exactly at a unit above district level: the unit
     * of one step, so that a writer waits for at most one district's recompute.
     */
    record Chunk(String path, boolean subtree) {

        Chunk {
            if (!path.matches("(/[0-9a-f-]{36})+/")) {
                throw new IllegalArgumentException("not a unit path");
            }
        }

        String where(String column) {
            return subtree
                    ? column + " >= '" + path + "' and " + column + " < '" + UnitPaths.end(path) + "'"
                    : column + " = '" + path + "'";
        }

        @Override
        public String toString() {
            return path + (subtree ? "" : " (itself)");
        }
    }

    private List<Chunk> chunks() {
        String key = "case when length(unit_path) >= " + DISTRICT_PREFIX + " then substring(unit_path, 1, "
                + DISTRICT_PREFIX + ") else unit_path end";
        return jdbc
                .sql("select distinct " + key + " from community union select distinct " + key
                        + " from insight_community order by 1")
                .query(String.class)
                .list()
                .stream()
                .map(path -> new Chunk(path, path.length() >= DISTRICT_PREFIX))
                .toList();
    }

    /** One chunk's communities and their monthly facts, recomputed; the deltas this snapshot already counts dropped. */
    private void communities(Chunk chunk) {
        inserts.flush();
        sql.emptyWorkTable("insight_rebuild_community", "community_id uuid not null primary key")
                .forEach(s -> jdbc.sql(s).update());
        jdbc.sql("insert into insight_rebuild_community (community_id) select id from community where "
                        + chunk.where("unit_path") + " union select community_id from insight_community where "
                        + chunk.where("unit_path"))
                .update();
        sql.analyze("insight_rebuild_community").forEach(s -> jdbc.sql(s).update());
        for (String table : List.of(
                "insight_delta", "insight_community_month", "insight_agreement_community", "insight_community")) {
            jdbc.sql("delete from " + table
                            + " where community_id in (select community_id from insight_rebuild_community)")
                    .update();
        }
        communityMonths.run();
        linkage.run();
    }

    /** Every year that has a fact, a roll-up or a delta waiting: each is recomputed (to nothing, if need be). */
    private List<Integer> years() {
        inserts.flush();
        List<LocalDate> starts = new ArrayList<>();
        for (String sql : List.of(
                "select min(month), max(month) from insight_community_month",
                "select min(period_start), max(period_start) from insight_unit_period where measure not in ("
                        + RUNNING_COMMUNITIES + ", " + PARTNER_STOCKS + ")",
                "select min(occurred_on), max(occurred_on) from scaleup_event",
                "select min(period_start), max(period_start) from insight_delta where kind <> 'R'")) {
            jdbc.sql(sql).query(rs -> {
                if (rs.getDate(1) != null) {
                    starts.add(rs.getDate(1).toLocalDate());
                    starts.add(rs.getDate(2).toLocalDate());
                }
            });
        }
        if (starts.isEmpty()) {
            return List.of();
        }
        int first = starts.stream().min(LocalDate::compareTo).orElseThrow().getYear();
        int last = starts.stream().max(LocalDate::compareTo).orElseThrow().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            years.add(y);
        }
        return years;
    }

    /** The planner's statistics of the facts brought up to date, after (or before) steps that rewrite many of them. */
    private void analyze() {
        sql.analyze("insight_community", "insight_community_month", "insight_delta")
                .forEach(s -> jdbc.sql(s).update());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The running measures, quoted for SQL. */
    static String running() {
        return RUNNING_COMMUNITIES + ", " + PARTNER_STOCKS;
    }

    static String stocks() {
        return Arrays.stream(Measure.values())
                .filter(Measure::stock)
                .map(m -> "'" + m.name() + "'")
                .collect(Collectors.joining(", "));
    }
}
