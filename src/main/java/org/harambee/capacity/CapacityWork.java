package org.harambee.capacity;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.capacity.trainings.Outcome;
import org.harambee.capacity.trainings.TrainingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capacity module's API for a home page: facilitators not yet trained and trainings still to run, as counts of
 * one query each. No scope check here beyond the scope the caller passes.
 */
@Service
@Transactional(readOnly = true)
public class CapacityWork {

    private final JdbcClient jdbc;

    CapacityWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active facilitators placed in {@code scope} who completed no training (the rule of {@link Outcome}). */
    public long facilitatorsWithoutTraining(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String within = UnitPaths.within(scope, "f.unit_path", "s", params);
        return jdbc.sql("select count(*) from capacity_facilitator f where f.active = true and " + within
                        + " and not exists (select 1 from capacity_participant p join capacity_training t"
                        + " on t.id = p.training_id where (p.facilitator_id = f.id"
                        + " or (f.username is not null and p.username = f.username)) and " + Outcome.COMPLETED_SQL
                        + ")")
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * Planned trainings placed in {@code scope} that have not ended before {@code today}; only those the organisation
     * {@code trainer} runs when it is given.
     */
    public long trainingsToRun(Scope scope, UUID trainer, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String where = " where status = :planned and ends_on >= :today and "
                + UnitPaths.within(scope, "unit_path", "s", params);
        if (trainer != null) {
            where += " and trainer_org_id = :trainer";
            params.put("trainer", trainer);
        }
        return jdbc.sql("select count(*) from capacity_training" + where)
                .params(params)
                .param("planned", TrainingStatus.PLANNED.name())
                .param("today", Date.valueOf(today))
                .query(Long.class)
                .single();
    }
}
