package org.harambee.system;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a dashboard, list or export says that its figures may come from the read replica (decision 0030): the reading
 * runs in one read-only transaction whose connection is the replica's when one is configured, answers, is within
 * {@code harambee.datasource.replica.max-lag}, and the browser has not written lately ({@link PrimaryAfterWrites});
 * otherwise it is the primary's, as without a replica. A reading inside a transaction already begun joins it.
 *
 * <pre>
 * return replica.read(() -> readings.snapshot(unit, period, exact, language));
 * </pre>
 */
@Component
public class ReplicaReads {

    private static final ThreadLocal<Boolean> WANTED = new ThreadLocal<>();
    private static final ThreadLocal<List<Runnable>> AFTERWARDS = new ThreadLocal<>();

    private final boolean configured;
    private final ReplicaLag lag;
    private final TransactionTemplate readOnly;

    ReplicaReads(ObjectProvider<ReplicaLag> lag, PlatformTransactionManager transactions) {
        this.lag = lag.getIfAvailable();
        this.configured = this.lag != null;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A reading that may throw a checked exception (an export writing its file). */
    @FunctionalInterface
    public interface Reading<T, E extends Exception> {
        T read() throws E;
    }

    /**
     * Runs {@code reading} on the replica when it may, else as it would run without one. A replica that stopped since
     * it was last measured fails the reading's first statement with a lost connection: the replica is taken out of use
     * at once and the reading runs again on the primary (a reading writes nothing, so running it again is safe).
     */
    public <T, E extends Exception> T read(Reading<T, E> reading) throws E {
        if (!configured || TransactionSynchronizationManager.isActualTransactionActive() || !sinceWriteAllowed()) {
            return reading.read();
        }
        if (WANTED.get() != null) {
            return onReplica(reading);
        }
        try {
            return onReplica(reading);
        } catch (ReplicaLost lost) {
            lag.markDown(DatabaseUnavailable.summary(lost.getCause()));
            ReplicaRoute.untell();
            return reading.read();
        }
    }

    private <T, E extends Exception> T onReplica(Reading<T, E> reading) throws E {
        Boolean before = WANTED.get();
        boolean outermost = before == null;
        WANTED.set(Boolean.TRUE);
        if (outermost) {
            AFTERWARDS.set(new ArrayList<>());
        }
        try {
            return readOnly.execute(status -> {
                try {
                    return reading.read();
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Exception e) {
                    throw new Checked(e);
                }
            });
        } catch (Checked c) {
            @SuppressWarnings("unchecked")
            E e = (E) c.getCause();
            throw e;
        } catch (RuntimeException e) {
            if (outermost && connectionLost(e)) {
                AFTERWARDS.get().clear(); // the reading runs again on the primary and audits itself there
                throw new ReplicaLost(e);
            }
            throw e;
        } finally {
            if (outermost) {
                WANTED.remove();
                List<Runnable> writes = AFTERWARDS.get();
                AFTERWARDS.remove();
                // the reading's connection is back in its pool: each write takes one of the primary's in turn
                writes.forEach(Runnable::run);
            } else {
                WANTED.set(before);
            }
        }
    }

    /**
     * Whether this thread is inside a reading that may be served by the replica, where nothing can be written (not
     * even after the transaction, on its connection, as an audited read in a read-only transaction otherwise is).
     */
    public static boolean reading() {
        return wanted() && AFTERWARDS.get() != null;
    }

    /** Runs {@code write} (an audit line of the reading) on the primary once the reading has ended, whatever its end. */
    public static void afterReading(Runnable write) {
        List<Runnable> writes = AFTERWARDS.get();
        if (writes == null) {
            throw new IllegalStateException("not inside a replica reading");
        }
        writes.add(write);
    }

    static boolean wanted() {
        return Boolean.TRUE.equals(WANTED.get());
    }

    /** Read-your-writes: a request that writes, or follows a write of the same browser closely, stays on the primary. */
    private static boolean sinceWriteAllowed() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return true;
        }
        HttpServletRequest request = attributes.getRequest();
        return PrimaryAfterWrites.safe(request.getMethod()) && !PrimaryAfterWrites.wroteLately(request);
    }

    /** A connection exception (SQL state class 08) anywhere in the chain: the database went away under the reading. */
    static boolean connectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e
                    && e.getSQLState() != null
                    && e.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static final class ReplicaLost extends RuntimeException {
        ReplicaLost(RuntimeException cause) {
            super(cause);
        }
    }

    private static final class Checked extends RuntimeException {
        Checked(Exception cause) {
            super(cause);
        }
    }
}
