package org.harambee.system;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Append-only rows (an audit line, a roll-up delta) written by the current transaction as one JDBC batch just before
 * it commits, rather than one statement each when they arise (decision 0021): a sync batch of a hundred records sends
 * its few hundred such rows in a handful of round trips. What the transaction sees and what it commits do not change:
 * the rows are written on the transaction's own connection and commit with it; a rollback writes none; a rollback to a
 * savepoint (a refused record of a batch) drops the rows buffered since that savepoint. Whoever reads those tables
 * inside a writing transaction calls {@link #flush()} first. Outside a read-write transaction a row is written at once.
 */
@Component
public class BufferedInserts {

    /** Rows held before they are written early, within the transaction (a long rebuild appends many). */
    static final int FLUSH_AT = 2000;

    private final JdbcTemplate jdbc;

    public BufferedInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts one row with {@code sql}: before the current transaction commits, or at once when there is none. */
    public void insert(String sql, Object... values) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            jdbc.update(sql, values);
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending != null && pending.closed) {
            // the transaction is committing (a synchronization writing after the flush): straight to its connection
            jdbc.update(sql, values);
            return;
        }
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.rows.add(new Row(sql, values));
        if (pending.rows.size() >= FLUSH_AT) {
            pending.flush();
        }
    }

    /** Writes what the current transaction holds now (before a read of the tables it appends to); else nothing. */
    public void flush() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            pending.flush();
        }
    }

    /** How many rows the current transaction holds unwritten (for tests). */
    public int pending() {
        return TransactionSynchronizationManager.getResource(this) instanceof Pending pending ? pending.rows.size() : 0;
    }

    private record Row(String sql, Object[] values) {}

    /** Where a savepoint began: rows appended before it, and of those, rows written to the database before it. */
    private record Mark(long position, long written) {}

    /**
     * The current transaction's rows, counted from its first: {@code written} are in the database, {@code rows}
     * wait. Rows written while a savepoint is known are also kept in {@code retained}: a rollback to that savepoint
     * takes from the database those written after it began, and the ones appended before it must then wait again.
     */
    private final class Pending implements TransactionSynchronization {

        private final List<Row> rows = new ArrayList<>();
        private final List<Row> retained = new ArrayList<>();
        private final Map<Object, Mark> savepoints = new IdentityHashMap<>();
        private long written;
        private long retainedFrom;
        private boolean closed;

        private long position() {
            return written + rows.size();
        }

        /** Also what {@code TransactionStatus.flush()} calls. */
        @Override
        public void flush() {
            if (rows.isEmpty()) {
                return;
            }
            if (!savepoints.isEmpty()) {
                if (retained.isEmpty()) {
                    retainedFrom = written;
                }
                retained.addAll(rows);
            }
            Map<String, List<Object[]>> bySql = new LinkedHashMap<>();
            for (Row row : rows) {
                bySql.computeIfAbsent(row.sql(), s -> new ArrayList<>()).add(row.values());
            }
            // counted as written first: should the batch fail, the transaction is rolled back and nothing is kept
            written += rows.size();
            rows.clear();
            bySql.forEach((sql, values) -> {
                if (values.size() == 1) {
                    jdbc.update(sql, values.get(0));
                } else {
                    jdbc.batchUpdate(sql, values);
                }
            });
        }

        @Override
        public void savepoint(Object savepoint) {
            savepoints.put(savepoint, new Mark(position(), written));
        }

        @Override
        public void savepointRollback(Object savepoint) {
            Mark mark = savepoints.get(savepoint);
            if (mark == null) {
                // a savepoint older than every row of this transaction: the database drops those written, drop the rest
                rows.clear();
                retained.clear();
                savepoints.clear();
                written = 0;
                return;
            }
            // the database keeps what was written before the savepoint began; what was appended before it waits
            List<Row> waiting = new ArrayList<>();
            if (written > mark.written()) {
                int from = (int) (mark.written() - retainedFrom);
                int to = (int) (Math.min(written, mark.position()) - retainedFrom);
                waiting.addAll(retained.subList(from, to));
                retained.subList(from, retained.size()).clear();
            }
            if (mark.position() > written) {
                waiting.addAll(rows.subList(0, (int) (mark.position() - written)));
            }
            rows.clear();
            rows.addAll(waiting);
            written = mark.written();
            savepoints.values().removeIf(m -> m.position() > mark.position());
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flush();
            closed = true;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(BufferedInserts.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(BufferedInserts.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(BufferedInserts.this);
            rows.clear();
            retained.clear();
            savepoints.clear();
        }
    }
}
