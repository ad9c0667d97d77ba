package org.harambee.scaleup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.scaleup.plans.GateCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scale-up module's API for a home page: the phases of plans in an area that have not started, the first few by
 * their planned start with their gate evaluated now (so at most that many plans are evaluated, whatever the number of
 * plans). The caller passes the reader's scope; a gate is evaluated within the reader's area.
 */
@Service
@Transactional(readOnly = true)
public class PhasesWaiting {

    /** A phase not yet started, and whether its gate passes now. */
    public record PhaseWaiting(
            UUID planId, String planName, UUID phaseId, String phaseName, LocalDate startsOn, boolean gatePasses) {}

    public record Waiting(long phases, List<PhaseWaiting> first) {}

    private final JdbcClient jdbc;
    private final GateCheck gates;

    PhasesWaiting(JdbcClient jdbc, GateCheck gates) {
        this.jdbc = jdbc;
        this.gates = gates;
    }

    /** The phases not started in plans placed in {@code scope} that start by {@code by}; the first few evaluated. */
    public Waiting of(Scope scope, LocalDate by, int first) {
        Map<String, Object> params = new HashMap<>();
        String where = " from scaleup_phase f join scaleup_plan p on p.id = f.plan_id where f.started_on is null"
                + " and f.starts_on <= :by and " + UnitPaths.within(scope, "p.unit_path", "s", params);
        params.put("by", Date.valueOf(by));
        long count = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        record Row(UUID planId, String planName, UUID phaseId, String phaseName, LocalDate startsOn) {}
        List<Row> rows = jdbc.sql("select p.id, p.name, f.id, f.name, f.starts_on" + where
                        + " order by f.starts_on, f.id limit :first")
                .params(params)
                .param("first", first)
                .query((rs, i) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getDate(5).toLocalDate()))
                .list();
        Map<UUID, Map<UUID, Boolean>> byPlan = new HashMap<>();
        List<PhaseWaiting> listed = rows.stream()
                .map(r -> new PhaseWaiting(
                        r.planId(),
                        r.planName(),
                        r.phaseId(),
                        r.phaseName(),
                        r.startsOn(),
                        byPlan.computeIfAbsent(r.planId(), gates::passes).getOrDefault(r.phaseId(), false)))
                .toList();
        return new Waiting(count, listed);
    }
}
