package org.harambee.scaleup.rollouts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.scaleup.model.Assignment;
import org.harambee.scaleup.model.Rollout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rollout tables: rollouts and the assignments of their clusters. */
@Repository
class RolloutRecords {

    private static final String COLUMNS = "id, name, plan_id, unit_id, unit_path, waves, first_crossover,"
            + " period_months, stratified, seed, algorithm, randomised_by, randomised_at, created_by, created_at";

    record Row(
            UUID id,
            String name,
            UUID planId,
            UUID unitId,
            String unitPath,
            int waves,
            LocalDate firstCrossover,
            int periodMonths,
            boolean stratified,
            Long seed,
            String algorithm,
            String randomisedBy,
            Instant randomisedAt,
            String createdBy,
            Instant createdAt) {

        /** The rollout, to decide by. */
        Rollout rollout() {
            return new Rollout(id, unitId, unitPath, waves, firstCrossover, periodMonths, stratified);
        }
    }

    private final JdbcClient jdbc;

    RolloutRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID id, boolean lock) {
        return jdbc.sql("select " + COLUMNS + " from scaleup_rollout where id = ?" + (lock ? " for update" : ""))
                .param(id)
                .query(RolloutRecords::row)
                .optional();
    }

    List<Row> list(Scope scope, String areaPath) {
        Map<String, Object> params = new HashMap<>();
        String where = UnitPaths.within(scope, "unit_path", "s", params);
        if (areaPath != null) {
            where += " and " + UnitPaths.range("unit_path", "area", areaPath, params);
        }
        return jdbc.sql("select " + COLUMNS + " from scaleup_rollout where " + where
                        + " order by created_at desc limit 500")
                .params(params)
                .query(RolloutRecords::row)
                .list();
    }

    void insert(Row row) {
        jdbc.sql("insert into scaleup_rollout (id, name, plan_id, unit_id, unit_path, waves, first_crossover,"
                        + " period_months, stratified, created_by, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        row.id(),
                        row.name(),
                        row.planId(),
                        row.unitId(),
                        row.unitPath(),
                        row.waves(),
                        Date.valueOf(row.firstCrossover()),
                        row.periodMonths(),
                        row.stratified(),
                        row.createdBy(),
                        Timestamp.from(row.createdAt()),
                        Timestamp.from(row.createdAt()))
                .update();
    }

    void insertAssignment(Assignment a) {
        jdbc.sql("insert into scaleup_rollout_cluster (id, rollout_id, cluster_id, comparison, wave, stratum)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(a.id(), a.rolloutId(), a.clusterId(), a.comparison(), a.wave(), a.stratum())
                .update();
    }

    void randomised(UUID id, long seed, String algorithm, String by, Instant at) {
        jdbc.sql("update scaleup_rollout set seed = ?, algorithm = ?, randomised_by = ?, randomised_at = ?,"
                        + " updated_at = ? where id = ?")
                .params(seed, algorithm, by, Timestamp.from(at), Timestamp.from(at), id)
                .update();
    }

    /** Saves the wave (and stratum) of a cluster. */
    void assign(Assignment a) {
        jdbc.sql("update scaleup_rollout_cluster set wave = ?, stratum = ? where id = ?")
                .params(a.wave(), a.stratum(), a.id())
                .update();
    }

    List<Assignment> assignments(UUID rolloutId) {
        return jdbc.sql("select id, rollout_id, cluster_id, comparison, wave, stratum from scaleup_rollout_cluster"
                        + " where rollout_id = ?")
                .param(rolloutId)
                .query(RolloutRecords::assignment)
                .list();
    }

    Optional<Assignment> assignment(UUID id) {
        return jdbc.sql("select id, rollout_id, cluster_id, comparison, wave, stratum from scaleup_rollout_cluster"
                        + " where id = ?")
                .param(id)
                .query(RolloutRecords::assignment)
                .optional();
    }

    /** The rollout each of these clusters takes part in already, by cluster id. */
    Map<UUID, UUID> rolloutsOf(Collection<UUID> clusterIds) {
        Map<UUID, UUID> rollouts = new HashMap<>();
        if (!clusterIds.isEmpty()) {
            jdbc.sql("select cluster_id, rollout_id from scaleup_rollout_cluster where cluster_id in (:ids)")
                    .param("ids", clusterIds)
                    .query(rs -> {
                        rollouts.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                    });
        }
        return rollouts;
    }

    /** The unit path of a plan (of this module), when there is one. */
    Optional<String> planPath(UUID planId) {
        return jdbc.sql("select unit_path from scaleup_plan where id = ?")
                .param(planId)
                .query(String.class)
                .optional();
    }

    private static Assignment assignment(ResultSet rs, int i) throws SQLException {
        return new Assignment(
                rs.getObject("id", UUID.class),
                rs.getObject("rollout_id", UUID.class),
                rs.getObject("cluster_id", UUID.class),
                rs.getBoolean("comparison"),
                (Integer) rs.getObject("wave"),
                rs.getObject("stratum", UUID.class));
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp randomised = rs.getTimestamp("randomised_at");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getObject("plan_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                rs.getInt("waves"),
                rs.getDate("first_crossover").toLocalDate(),
                rs.getInt("period_months"),
                rs.getBoolean("stratified"),
                (Long) rs.getObject("seed"),
                rs.getString("algorithm"),
                rs.getString("randomised_by"),
                randomised == null ? null : randomised.toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
