package org.harambee.system;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduled jobs that every node runs but that must not run on two at once. A pass first takes its job's row of
 * {@code system_job_lock} ({@code select ... for update}) in its own transaction, so passes on several nodes follow
 * one another; the lock is released when that transaction ends, also when a node dies, and the next pass finds the
 * work already done. No table of leases and no clock agreement between nodes is needed. Each job's row is inserted by
 * a migration, under the name {@code <module>.<job>}.
 */
@Component
public class JobLocks {

    private final JdbcClient jdbc;
    private final String node = node();

    JobLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for the job's lock, held until the caller's transaction ends; fails for a job without a row. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(String job) {
        jdbc.sql("select name from system_job_lock where name = :name for update")
                .param("name", job)
                .query(String.class)
                .single();
    }

    /** Notes when and on which node the job last ran (for operators; the lock does not read it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void ran(String job, Instant at) {
        jdbc.sql("update system_job_lock set last_run_at = :at, last_node = :node where name = :name")
                .param("at", Timestamp.from(at))
                .param("node", node)
                .param("name", job)
                .update();
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/"
                    + ProcessHandle.current().pid();
        } catch (Exception e) {
            return "node/" + ProcessHandle.current().pid();
        }
    }
}
