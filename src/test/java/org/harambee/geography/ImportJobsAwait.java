package org.harambee.geography;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.harambee.geography.importing.ImportJob;
import org.harambee.geography.importing.ImportJobs;

/** Waits for a background import to end (at most a minute), so that tests read its outcome. */
public final class ImportJobsAwait {

    private ImportJobsAwait() {}

    public static ImportJob finished(ImportJobs jobs, UUID id) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            ImportJob job = jobs.find(id, Locale.ENGLISH).orElseThrow();
            if (job.status().finished()) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish within a minute");
    }

    public static ImportJob importFile(ImportJobs jobs, String name, byte[] content) {
        return finished(jobs, jobs.submit(name, content, "admin"));
    }
}
