package org.harambee.access.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.harambee.access.AuditEntry;
import org.harambee.system.BufferedInserts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How an audit line reaches the table, for {@link org.harambee.access.AuditTrail}: with the caller's other appended rows just before its
 * transaction commits, in a short transaction of its own, on the primary once a replica read has ended, or on the
 * connection a transaction held once it has ended (so that a refusal survives its rollback without a second
 * connection).
 */
@Component
public class AuditWriting {

    private static final Logger log = LoggerFactory.getLogger(AuditWriting.class);

    private static final String INSERT = "insert into access_audit (at, actor, remote_address, action, record_type,"
            + " record_id, unit_id, unit_path, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate shortTransaction;
    private final BufferedInserts inserts;

    public AuditWriting(
            JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, BufferedInserts inserts) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.shortTransaction = new TransactionTemplate(transactions);
        this.inserts = inserts;
    }

    /** With the transaction's other appended rows, just before it commits ({@link BufferedInserts}). */
    public void inTransaction(AuditEntry entry) {
        inserts.insert(INSERT, parameters(entry));
    }

    /** In a short transaction of its own (no transaction is active). */
    public void inOwnTransaction(AuditEntry entry) {
        shortTransaction.executeWithoutResult(
                status -> jdbc.sql(INSERT).params(parameters(entry)).update());
    }

    /** After a read that may have come from the read replica (decision 0030): on the primary, in its own transaction. */
    public void onPrimary(AuditEntry entry) {
        try {
            inOwnTransaction(entry);
        } catch (DataAccessException e) {
            log.warn(
                    "An audit line ({}) could not be written after its reading: {}",
                    entry.action(),
                    e.getClass().getSimpleName());
        }
    }

    /** When the current transaction ends, committed or rolled back, on the connection it held. */
    public void afterTransaction(AuditEntry entry) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                writeAfterCompletion(entry);
            }
        });
    }

    private void writeAfterCompletion(AuditEntry entry) {
        if (!(TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder)) {
            log.warn("An audit line ({}) could not be written after its transaction: no connection", entry.action());
            return;
        }
        try {
            Connection connection = holder.getConnection();
            boolean readOnly = connection.isReadOnly();
            boolean autoCommit = connection.getAutoCommit();
            if (readOnly) {
                connection.setReadOnly(false);
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                Object[] values = parameters(entry);
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.executeUpdate();
                if (!autoCommit) {
                    connection.commit();
                }
            } finally {
                if (readOnly) {
                    connection.setReadOnly(true);
                }
            }
        } catch (SQLException e) {
            log.warn(
                    "An audit line ({}) could not be written after its transaction: {}",
                    entry.action(),
                    e.getSQLState());
        }
    }

    private static Object[] parameters(AuditEntry entry) {
        return new Object[] {
            Timestamp.from(entry.at()),
            entry.actor(),
            entry.remoteAddress(),
            entry.action(),
            entry.recordType(),
            entry.recordId(),
            entry.unitId(),
            entry.unitPath(),
            entry.detail()
        };
    }
}
