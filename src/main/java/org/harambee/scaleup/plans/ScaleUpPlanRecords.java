package org.harambee.scaleup.plans;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.scaleup.model.Phase;
import org.harambee.scaleup.model.ScaleUpPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan tables: plans, phases with their units, lessons. */
@Repository
class ScaleUpPlanRecords {

    record PlanRow(
            UUID id,
            String name,
            GoalLevel goalLevel,
            UUID unitId,
            String unitPath,
            int agreementsRequired,
            String createdBy,
            Instant createdAt) {

        /** The plan with its phases, to decide by. */
        ScaleUpPlan with(List<Phase> phases) {
            return new ScaleUpPlan(id, unitId, unitPath, phases);
        }
    }

    record PhaseUnit(UUID unitId, String unitPath) {}

    private final JdbcClient jdbc;

    ScaleUpPlanRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlanRow> plan(UUID id, boolean lock) {
        return jdbc.sql("select id, name, goal_level, unit_id, unit_path, agreements_required, created_by, created_at"
                        + " from scaleup_plan where id = ?" + (lock ? " for update" : ""))
                .param(id)
                .query(ScaleUpPlanRecords::plan)
                .optional();
    }

    List<PlanRow> plans(Scope scope, String areaPath) {
        Map<String, Object> params = new HashMap<>();
        String where = UnitPaths.within(scope, "unit_path", "s", params);
        if (areaPath != null) {
            where += " and " + UnitPaths.range("unit_path", "area", areaPath, params);
        }
        return jdbc.sql("select id, name, goal_level, unit_id, unit_path, agreements_required, created_by, created_at"
                        + " from scaleup_plan where " + where + " order by created_at desc limit 500")
                .params(params)
                .query(ScaleUpPlanRecords::plan)
                .list();
    }

    void insert(PlanRow row) {
        jdbc.sql("insert into scaleup_plan (id, name, goal_level, unit_id, unit_path, agreements_required, created_by,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        row.id(),
                        row.name(),
                        row.goalLevel().name(),
                        row.unitId(),
                        row.unitPath(),
                        row.agreementsRequired(),
                        row.createdBy(),
                        Timestamp.from(row.createdAt()),
                        Timestamp.from(row.createdAt()))
                .update();
    }

    /** The plan's phases, first day first. */
    List<Phase> phases(UUID planId) {
        return jdbc.sql("select id, plan_id, name, starts_on, ends_on, started_on, started_by, override_reason"
                        + " from scaleup_phase where plan_id = ? order by starts_on")
                .param(planId)
                .query(ScaleUpPlanRecords::phase)
                .list();
    }

    Optional<Phase> phase(UUID id) {
        return jdbc.sql("select id, plan_id, name, starts_on, ends_on, started_on, started_by, override_reason"
                        + " from scaleup_phase where id = ?")
                .param(id)
                .query(ScaleUpPlanRecords::phase)
                .optional();
    }

    Map<UUID, Integer> phaseCounts(List<UUID> planIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (!planIds.isEmpty()) {
            jdbc.sql("select plan_id, count(*) from scaleup_phase where plan_id in (:ids) group by plan_id")
                    .param("ids", planIds)
                    .query(rs -> {
                        counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                    });
        }
        return counts;
    }

    void insertPhase(Phase row, List<PhaseUnit> units, String createdBy, Instant at) {
        jdbc.sql("insert into scaleup_phase (id, plan_id, name, starts_on, ends_on, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        row.id(),
                        row.planId(),
                        row.name(),
                        Date.valueOf(row.startsOn()),
                        Date.valueOf(row.endsOn()),
                        createdBy,
                        Timestamp.from(at))
                .update();
        for (PhaseUnit unit : units) {
            jdbc.sql("insert into scaleup_phase_unit (phase_id, unit_id, unit_path) values (?, ?, ?)")
                    .params(row.id(), unit.unitId(), unit.unitPath())
                    .update();
        }
    }

    /** Saves a phase's start. */
    void start(Phase phase) {
        jdbc.sql("update scaleup_phase set started_on = ?, started_by = ?, override_reason = ? where id = ?")
                .params(Date.valueOf(phase.startedOn()), phase.startedBy(), phase.overrideReason(), phase.id())
                .update();
    }

    /** The units of each of these phases, in the order they were given. */
    Map<UUID, List<PhaseUnit>> units(List<UUID> phaseIds) {
        Map<UUID, List<PhaseUnit>> units = new LinkedHashMap<>();
        phaseIds.forEach(id -> units.put(id, new ArrayList<>()));
        if (!phaseIds.isEmpty()) {
            jdbc.sql("select phase_id, unit_id, unit_path from scaleup_phase_unit where phase_id in (:ids)"
                            + " order by unit_path")
                    .param("ids", phaseIds)
                    .query(rs -> {
                        units.get(rs.getObject(1, UUID.class))
                                .add(new PhaseUnit(rs.getObject(2, UUID.class), rs.getString(3)));
                    });
        }
        return units;
    }

    private static PlanRow plan(ResultSet rs, int i) throws SQLException {
        return new PlanRow(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                GoalLevel.valueOf(rs.getString("goal_level")),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                rs.getInt("agreements_required"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Phase phase(ResultSet rs, int i) throws SQLException {
        Date started = rs.getDate("started_on");
        return new Phase(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                rs.getString("name"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                started == null ? null : started.toLocalDate(),
                rs.getString("started_by"),
                rs.getString("override_reason"));
    }
}
