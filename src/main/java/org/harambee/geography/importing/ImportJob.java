package org.harambee.geography.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A boundary import as its submitter follows it: status (queued, running, succeeded, rejected, failed), the phase it
 * is in, how many of its units are written, what it changed, and the problems that stopped it, line by line.
 */
public record ImportJob(
        UUID id,
        String fileName,
        ImportKind kind,
        String format,
        Status status,
        Phase phase,
        int total,
        int processed,
        int created,
        int updated,
        int moved,
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
        VALIDATING,
        WRITING,
        DONE
    }

    /**
     * A problem in the user's language; line 0 stands for the file (or the sheet) as a whole.
     *
     * @param sheet the workbook sheet or shapefile layer the line is in, {@code null} for files of one table
     */
    public record Problem(String sheet, int line, String message) {}

    public int percent() {
        if (status == Status.SUCCEEDED) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, 100L * processed / total);
    }
}
