package org.harambee.sync;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure says "try again" rather than "fix it": nothing is wrong with the record, the database could not
 * take it now. Two kinds: the batch's connection or transaction is gone (the database restarted, the network dropped,
 * no connection free in time), so nothing of the batch was taken; or one statement lost a race (serialization failure,
 * deadlock, lock or statement timeout), so only that record was rolled back to its savepoint.
 */
final class Transience {

    private static final int MAX_CAUSES = 16;

    private Transience() {}

    /** The batch's connection or transaction is lost: none of the batch can be taken now. */
    static boolean connectionLost(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || state(cause, "08")
                    || state(cause, "57P")
                    || state(cause, "53")) {
                return true;
            }
        }
        return false;
    }

    /**
     * One statement could not be done now and may well succeed later: a serialization failure or deadlock (SQLSTATE
     * class 40), a lock not obtained or a statement cancelled by its timeout, or any failure the driver or Spring
     * calls transient. Includes {@link #connectionLost}.
     */
    static boolean isTransient(Throwable failure) {
        if (connectionLost(failure)) {
            return true;
        }
        for (Throwable cause : causes(failure)) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof SQLTransientException
                    || state(cause, "40")
                    || state(cause, "55P03")
                    || state(cause, "57014")
                    || (cause instanceof SQLException sql && sql.getErrorCode() == H2_LOCK_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    /** The kind of failure and the driver's message, for the log: no data of the record. */
    static String summary(Throwable failure) {
        java.util.List<Throwable> causes = causes(failure);
        Throwable deepest = causes.get(causes.size() - 1);
        String state = deepest instanceof SQLException sql && sql.getSQLState() != null
                ? " (SQLSTATE " + sql.getSQLState() + ")"
                : "";
        return deepest.getClass().getSimpleName() + state;
    }

    /** H2's "timeout trying to lock table". */
    private static final int H2_LOCK_TIMEOUT = 50200;

    private static boolean state(Throwable cause, String prefix) {
        return cause instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith(prefix);
    }

    private static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> causes = new java.util.ArrayList<>();
        Throwable cause = failure;
        while (cause != null && causes.size() < MAX_CAUSES && !causes.contains(cause)) {
            causes.add(cause);
            cause = cause.getCause();
        }
        return causes;
    }
}
