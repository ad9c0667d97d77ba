package org.harambee.insights.facts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.harambee.system.DeploymentZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rebuild's bookkeeping: the folder paused for the run (or the run that paused it resumed), each step in its own
 * repeatable-read transaction in the deployment's time zone, retried when it collides with a writer, and recorded as
 * done, so that a run stopped half-way resumes at the first step it had not finished.
 */
@Component
class RebuildSteps {

    private static final Logger log = LoggerFactory.getLogger(RebuildSteps.class);
    private static final int ATTEMPTS = 20;

    private final JdbcClient jdbc;
    private final FactSql sql;
    private final DeploymentZone zone;
    private final TransactionTemplate plain;
    private final TransactionTemplate snapshot;
    private final int workers;

    RebuildSteps(
            JdbcClient jdbc,
            FactSql sql,
            DeploymentZone zone,
            PlatformTransactionManager transactions,
            @Value("${harambee.insights.rebuild-workers:2}") int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("harambee.insights.rebuild-workers: at least 1");
        }
        // H2's work table of a step is one for all connections (PostgreSQL's is each connection's own)
        this.workers = sql.postgres() ? workers : 1;
        this.jdbc = jdbc;
        this.sql = sql;
        this.zone = zone;
        this.plain = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        // one snapshot per step: PostgreSQL's repeatable read is snapshot isolation; H2's lets new rows in (phantoms),
        // its serializable does not
        this.snapshot.setIsolationLevel(
                sql.postgres()
                        ? TransactionDefinition.ISOLATION_REPEATABLE_READ
                        : TransactionDefinition.ISOLATION_SERIALIZABLE);
    }

    /** Pauses the folder for a new run, waiting for a fold in progress; or resumes the run that paused it. */
    String start() {
        return plain.execute(status -> {
            String pausedBy = jdbc.sql("select paused_by from insight_fold where id = 1 for update")
                    .query((rs, n) -> rs.getString(1) == null ? "" : rs.getString(1))
                    .single();
            if (!pausedBy.isEmpty()) {
                log.info("Resuming the insights rebuild {}", pausedBy);
                return pausedBy;
            }
            String run = "rebuild " + Instant.now();
            jdbc.sql("update insight_fold set paused_by = ?, paused_at = ? where id = 1")
                    .params(run, Timestamp.from(Instant.now()))
                    .update();
            return run;
        });
    }

    /** Runs a step unless this run did it already; answers 1 if it ran. */
    int step(String run, String name, Consumer<String> progress, Runnable work) {
        boolean done = jdbc.sql("select count(*) from insight_rebuild_step where run_id = ? and step = ?")
                        .params(run, name)
                        .query(Long.class)
                        .single()
                > 0;
        if (done) {
            return 0;
        }
        progress.accept(name);
        for (int attempt = 1; ; attempt++) {
            try {
                snapshot.executeWithoutResult(status -> {
                    jdbc.sql(sql.sessionZone(zone.zone())).update();
                    sql.rebuildSettings().forEach(setting -> jdbc.sql(setting).update());
                    try {
                        work.run();
                        jdbc.sql("insert into insight_rebuild_step (run_id, step, done_at) values (?, ?, ?)")
                                .params(run, name, Timestamp.from(Instant.now()))
                                .update();
                    } finally {
                        String reset = sql.sessionZoneReset();
                        if (reset != null) {
                            jdbc.sql(reset).update();
                        }
                    }
                });
                return 1;
            } catch (TransientDataAccessException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Rebuild step {} met a concurrent write, trying again ({})", name, attempt);
                sleep(attempt);
            }
        }
    }

    /**
     * Runs independent steps (each its own transaction, touching rows no other of them touches) on as many connections
     * at once as {@code harambee.insights.rebuild-workers} says; answers how many ran. When one fails the others still
     * finish and are recorded, so that a run again resumes after them, and the first failure is thrown.
     */
    int steps(String run, Consumer<String> progress, Map<String, Runnable> work) {
        if (workers == 1 || work.size() < 2) {
            return work.entrySet().stream()
                    .mapToInt(step -> step(run, step.getKey(), progress, step.getValue()))
                    .sum();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, work.size()));
        try {
            List<Future<Integer>> ran = new ArrayList<>();
            work.forEach((name, step) -> ran.add(pool.submit(() -> step(run, name, progress, step))));
            int count = 0;
            RuntimeException failure = null;
            for (Future<Integer> step : ran) {
                try {
                    count += step.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r
                                ? r
                                : new IllegalStateException("rebuild step failed", e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return count;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Lets the folder go on and forgets the run's steps. */
    void finish(String run) {
        plain.executeWithoutResult(status -> {
            jdbc.sql("update insight_fold set paused_by = null, paused_at = null where id = 1 and paused_by = ?")
                    .param(run)
                    .update();
            jdbc.sql("delete from insight_rebuild_step where run_id = ?")
                    .param(run)
                    .update();
        });
    }

    LocalDate horizon() {
        return jdbc.sql("select month from insight_horizon where id = 1")
                .query(LocalDate.class)
                .single();
    }

    private static void sleep(int attempt) {
        try {
            Thread.sleep(Math.min(2000, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
