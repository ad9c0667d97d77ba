package org.harambee.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means "the database could not be reached or no connection was free in time": worth a 503 with
 * {@code Retry-After} (try again shortly), never a 500. The request's transaction, if it had one, was not committed.
 */
final class DatabaseUnavailable {

    private static final int MAX_CAUSES = 16;

    private DatabaseUnavailable() {}

    static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || isConnectionState(cause)) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }

    /** SQLSTATE class 08: connection exception (PostgreSQL's "connection refused", "connection lost"...). */
    private static boolean isConnectionState(Throwable cause) {
        return cause instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("08");
    }

    /** What the log may say of it: the kind of failure and the pool's or driver's message, no data. */
    static String summary(Throwable failure) {
        Throwable cause = failure;
        Throwable deepest = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            deepest = cause;
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return deepest.getClass().getSimpleName() + ": " + deepest.getMessage();
    }
}
