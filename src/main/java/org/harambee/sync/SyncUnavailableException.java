package org.harambee.sync;

/**
 * A batch the database could not take now (its connection or transaction was lost): nothing of it was written, and
 * the caller is told to send it again after {@code retryAfter} seconds (503 with {@code Retry-After}).
 */
class SyncUnavailableException extends RuntimeException {

    private final long retryAfter;

    SyncUnavailableException(long retryAfter, Throwable cause) {
        super("sync batch not taken for now", cause);
        this.retryAfter = retryAfter;
    }

    long retryAfter() {
        return retryAfter;
    }
}
