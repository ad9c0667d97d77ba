package org.harambee.geography;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.harambee.geography.importing.ImportJob;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The geography module's API for an administrator's home page: boundary imports waiting or running, and those that
 * failed since a moment, in one query.
 */
@Service
@Transactional(readOnly = true)
public class ImportsUnderWay {

    public record Counts(long running, long failed) {}

    private final JdbcClient jdbc;

    ImportsUnderWay(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Counts since(Instant failedSince) {
        return jdbc.sql("select"
                        + " coalesce(sum(case when status in (:underWay) then 1 else 0 end), 0) running,"
                        + " coalesce(sum(case when status = :failed and created_at >= :since then 1 else 0 end), 0)"
                        + " failed from geo_import_job")
                .param("underWay", List.of(ImportJob.Status.QUEUED.name(), ImportJob.Status.RUNNING.name()))
                .param("failed", ImportJob.Status.FAILED.name())
                .param("since", Timestamp.from(failedSince))
                .query(Counts.class)
                .single();
    }
}
