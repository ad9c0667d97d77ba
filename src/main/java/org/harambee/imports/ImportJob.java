package org.harambee.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import of records as its submitter follows it: status, phase, progress, what it changed, and the problems that
 * stopped it, by line and column, in the reader's language.
 */
public record ImportJob(
        UUID id,
        String kind,
        String fileName,
        String format,
        Status status,
        Phase phase,
        int total,
        int processed,
        int created,
        int updated,
        int unchanged,
        int problemCount,
        List<Problem> problems,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    public enum Status {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        REJECTED,
        FAILED;

        public boolean finished() {
            return this != QUEUED && this != RUNNING;
        }
    }

    public enum Phase {
        WAITING,
        READING,
        CHECKING,
        WRITING,
        DONE
    }

    /** A problem: line 0 stands for the file as a whole, a {@code null} column for the whole line. */
    public record Problem(int line, String column, String message) {}

    public int percent() {
        if (status == Status.SUCCEEDED) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, 100L * processed / total);
    }
}
