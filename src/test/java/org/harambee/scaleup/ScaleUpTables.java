package org.harambee.scaleup;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixtures of the scale-up module for tests that share a database: empties its tables, and writes plans, phases,
 * lessons, rollouts and events straight to them (for tests that are not about making them).
 */
public final class ScaleUpTables {

    private ScaleUpTables() {}

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from scaleup_event").update();
        jdbc.sql("delete from scaleup_rollout_cluster").update();
        jdbc.sql("delete from scaleup_rollout").update();
        jdbc.sql("delete from scaleup_lesson").update();
        jdbc.sql("delete from scaleup_phase_unit").update();
        jdbc.sql("delete from scaleup_phase").update();
        jdbc.sql("delete from scaleup_plan").update();
    }

    /** A plan aiming at the district with this P-code, asking one agreement in force per unit. */
    public static UUID plan(JdbcClient jdbc, String district) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into scaleup_plan (id, name, goal_level, unit_id, unit_path, agreements_required, created_by,"
                        + " created_at, updated_at) select ?, 'Synthetic plan', 'DISTRICT', id, path, 1, 'test', ?, ?"
                        + " from geo_unit where pcode = ?")
                .params(id, now, now, district)
                .update();
        return id;
    }

    /** A phase of a new plan for {@code district}, covering the district, a month from now. */
    public static UUID phase(JdbcClient jdbc, String district) {
        UUID plan = plan(jdbc, district);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into scaleup_phase (id, plan_id, name, starts_on, ends_on, created_by, created_at)"
                        + " values (?, ?, 'Synthetic phase', ?, ?, 'test', ?)")
                .params(
                        id,
                        plan,
                        Date.valueOf(LocalDate.now().plusMonths(1)),
                        Date.valueOf(LocalDate.now().plusMonths(6)),
                        Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("insert into scaleup_phase_unit (phase_id, unit_id, unit_path) select ?, id, path from geo_unit"
                        + " where pcode = ?")
                .params(id, district)
                .update();
        return id;
    }

    /** The plan a phase belongs to. */
    public static UUID planOf(JdbcClient jdbc, UUID phase) {
        return jdbc.sql("select plan_id from scaleup_phase where id = ?")
                .param(phase)
                .query(UUID.class)
                .single();
    }

    /** A lesson, not reviewed, of a new phase for {@code district}. */
    public static UUID lesson(JdbcClient jdbc, String district) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into scaleup_lesson (id, phase_id, text, recorded_by, recorded_at)"
                        + " values (?, ?, 'Start with the chiefs', 'test', ?)")
                .params(id, phase(jdbc, district), Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /**
     * A rollout at {@code unit} of these clusters in one wave crossing over in three months; drawn (every cluster in
     * wave 1, with seed 1) when {@code drawn}.
     */
    public static UUID rollout(JdbcClient jdbc, String unit, List<UUID> clusters, boolean drawn) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into scaleup_rollout (id, name, unit_id, unit_path, waves, first_crossover, period_months,"
                        + " stratified, seed, algorithm, randomised_by, randomised_at, created_by, created_at, updated_at)"
                        + " select ?, 'Synthetic rollout', id, path, 1, ?, 3, false, ?, ?, ?, ?, 'test', ?, ?"
                        + " from geo_unit where pcode = ?")
                .params(
                        id,
                        Date.valueOf(LocalDate.now().plusMonths(3)),
                        drawn ? 1L : null,
                        drawn ? "sorted-shuffle-deal/1" : null,
                        drawn ? "test" : null,
                        drawn ? now : null,
                        now,
                        now,
                        unit)
                .update();
        for (UUID cluster : clusters) {
            jdbc.sql("insert into scaleup_rollout_cluster (id, rollout_id, cluster_id, comparison, wave)"
                            + " values (?, ?, ?, false, ?)")
                    .params(UUID.randomUUID(), id, cluster, drawn ? 1 : null)
                    .update();
        }
        return id;
    }

    /** The first assignment of a rollout. */
    public static UUID assignment(JdbcClient jdbc, UUID rollout) {
        return jdbc.sql("select id from scaleup_rollout_cluster where rollout_id = ? order by id")
                .param(rollout)
                .query(UUID.class)
                .list()
                .get(0);
    }

    /** A vertical scale-up event at the unit with this P-code, yesterday. */
    public static UUID event(JdbcClient jdbc, String pcode) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into scaleup_event (id, kind, unit_id, unit_path, level, occurred_on, description,"
                        + " recorded_by, recorded_at) select ?, 'VERTICAL', id, path, 2, ?, 'Pathway adopted', 'test', ?"
                        + " from geo_unit where pcode = ?")
                .params(id, Date.valueOf(LocalDate.now().minusDays(1)), Timestamp.from(Instant.now()), pcode)
                .update();
        return id;
    }
}
