package org.harambee.geography;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.harambee.geography.importing.ImportJob;
import org.harambee.geography.importing.ImportJobs;

/** Waits for a background import to end (at most a minute), so that tests read its outcome. */
public final class ImportJobsAwait {

    private ImportJobsAwait() {}

    public static ImportJob finished(ImportJobs jobs, UUID id) {
        return await("import " + id + " finished")
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> jobs.find(id, Locale.ENGLISH).orElseThrow(),
                        job -> job.status().finished());
    }

    public static ImportJob importFile(ImportJobs jobs, String name, byte[] content) {
        return finished(jobs, jobs.submit(name, content, "admin"));
    }
}
