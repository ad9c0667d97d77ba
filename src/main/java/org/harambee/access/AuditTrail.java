package org.harambee.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.harambee.system.BufferedInserts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail, the access module's API for every module (decision 0016): {@link #record} appends a line in the
 * caller's transaction (or in its own short one when there is none), so that a write and its line are committed or
 * rolled back together and a request never needs a second connection; {@link #recordRefusal} records a refused action
 * after the caller's transaction has ended, so that the rollback does not take the line with it. Lines are numbered by
 * a sequence, without a lock, and chained shortly after by {@link AuditSealer} (HMAC-SHA256 with a key kept outside
 * the database); {@link #verify} walks the chain and the signed checkpoints and names the first line that does not
 * match, a truncation after a checkpoint, and how many lines wait to be chained.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private static final String INSERT = "insert into access_audit (at, actor, remote_address, action, record_type,"
            + " record_id, unit_id, unit_path, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * The outcome of a verification: how many chained lines were checked, the first broken one, if any, the line count
     * of a signed checkpoint (or of the sealer's head) that the chain no longer reaches (its newest lines were
     * deleted), how many lines wait to be chained, how many sequence numbers were skipped as gaps and never arrived,
     * and how many checkpoints carry a signature that does not match.
     */
    public record Verification(
            long checked, Long firstBrokenSeq, Long truncatedAfter, long unsealed, long gaps, long badCheckpoints) {

        public Verification(long checked, Long firstBrokenSeq) {
            this(checked, firstBrokenSeq, null, 0, 0, 0);
        }

        public boolean intact() {
            return firstBrokenSeq == null && truncatedAfter == null && badCheckpoints == 0;
        }
    }

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final AuditSealer sealer;
    private final DataSource dataSource;
    private final TransactionTemplate shortTransaction;
    private final BufferedInserts inserts;

    AuditTrail(
            JdbcClient jdbc,
            AuditKey key,
            AuditSealer sealer,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            BufferedInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.key = key;
        this.sealer = sealer;
        this.dataSource = dataSource;
        this.shortTransaction = new TransactionTemplate(transactions);
    }

    /**
     * Records an action of the signed-in user (or "anonymous") on a record, optionally placed in a unit, in the
     * caller's transaction: if that transaction rolls back, the line goes with it. The line is written with the
     * transaction's other appended rows just before it commits ({@link BufferedInserts}). In a read-only transaction (a read
     * that is audited), which cannot insert, the line is written when that transaction ends, as a refusal is.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String recordType, String recordId, UUID unitId, String unitPath, String detail) {
        recordAs(currentActor(), action, recordType, recordId, unitId, unitPath, detail);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(
            String actor,
            String action,
            String recordType,
            String recordId,
            UUID unitId,
            String unitPath,
            String detail) {
        AuditEntry entry = line(actor, action, recordType, recordId, unitId, unitPath, detail);
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            // a read (a view, a download) in a read-only transaction, which cannot insert: audited when it ends
            afterCompletion(entry);
            return;
        }
        inserts.insert(INSERT, parameters(entry));
    }

    /**
     * Records a refused action (e.g. a denied read of a child's record) so that it stays recorded although the
     * caller's transaction, if any, is rolled back by the refusal: with no transaction active, in a short transaction
     * of its own; inside one, after that transaction has ended (committed or rolled back), on the connection it held
     * and before that connection goes back to the pool, so that no second connection is ever needed.
     */
    public void recordRefusal(
            String action, String recordType, String recordId, UUID unitId, String unitPath, String detail) {
        AuditEntry entry = line(currentActor(), action, recordType, recordId, unitId, unitPath, detail);
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            shortTransaction.executeWithoutResult(
                    status -> jdbc.sql(INSERT).params(parameters(entry)).update());
            return;
        }
        afterCompletion(entry);
    }

    private void afterCompletion(AuditEntry entry) {
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

    private static AuditEntry line(
            String actor,
            String action,
            String recordType,
            String recordId,
            UUID unitId,
            String unitPath,
            String detail) {
        String who = actor.length() <= 100 ? actor : actor.substring(0, 100);
        return new AuditEntry(
                0,
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                who,
                remoteAddress(),
                action,
                recordType,
                recordId,
                unitId,
                unitPath,
                truncate(detail));
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

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    /**
     * Chains every line committed so far and signs a checkpoint (for tests and commands that need the chain current):
     * a number still missing is skipped as a gap at once; its line, if it commits later, is chained at the end.
     */
    public void sealNow() {
        inserts.flush();
        sealer.sealAll(java.time.Duration.ZERO);
    }

    /**
     * What to show of the trail: one action, one actor, the lines placed inside a unit's subtree ({@code unitPath}),
     * from and before an instant. Null means no filter.
     */
    public record AuditQuery(String action, String actor, String unitPath, Instant from, Instant to) {
        public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
    }

    /**
     * Lines newest first, filtered by {@code query} and limited to {@code scope}: a scope other than everywhere shows
     * only the lines placed in one of its units.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> list(AuditQuery query, Scope scope, int page, int size) {
        List<AuditEntry> entries = new ArrayList<>();
        select(query, scope, (long) page * size, size, entries::add);
        return entries;
    }

    /** Every line that {@link #list} would show, newest first, at most {@code limit}, one at a time (for exports). */
    @Transactional(readOnly = true)
    public void each(AuditQuery query, Scope scope, int limit, java.util.function.Consumer<AuditEntry> consumer) {
        select(query, scope, 0, limit, consumer);
    }

    private void select(
            AuditQuery query, Scope scope, long offset, int limit, java.util.function.Consumer<AuditEntry> consumer) {
        inserts.flush();
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.everywhere()) {
            List<String> ranges = new ArrayList<>();
            for (int i = 0; i < scope.paths().size(); i++) {
                // paths hold only hex digits, '-' and '/', none of which is special to like
                ranges.add("unit_path like :within" + i);
                params.put("within" + i, scope.paths().get(i) + "%");
            }
            where.add(ranges.isEmpty() ? "1 = 0" : "(" + String.join(" or ", ranges) + ")");
        }
        if (blankToNull(query.action()) != null) {
            where.add("action = :action");
            params.put("action", query.action().trim().toUpperCase(Locale.ROOT));
        }
        if (blankToNull(query.actor()) != null) {
            where.add("actor = :actor");
            params.put("actor", query.actor().trim().toLowerCase(Locale.ROOT));
        }
        if (query.unitPath() != null) {
            where.add("unit_path like :unitPath");
            params.put("unitPath", query.unitPath() + "%");
        }
        if (query.from() != null) {
            where.add("at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.add("at < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        jdbc.sql("select seq, at, actor, remote_address, action, record_type, record_id, unit_id, unit_path,"
                        + " detail from access_audit" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by seq desc limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query(rs -> {
                    consumer.accept(entry(rs));
                });
    }

    /**
     * Walks the chain in chain order: the legacy lines (chained before decision 0016) by SHA-256, the others by
     * HMAC-SHA256 with the audit key; checks every checkpoint's signature and that the chain still reaches the newest
     * valid checkpoint and the sealer's head.
     */
    @Transactional(readOnly = true)
    public Verification verify() {
        inserts.flush();
        // the head and the checkpoints first, the lines after: a pass of the sealer in between only adds lines
        record Head(long legacyThrough, long chainNo) {}
        Head head = jdbc.sql("select legacy_through, head_chain_no from access_audit_seal where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2)))
                .optional()
                .orElse(new Head(0, 0));
        Map<Long, String> checkpoints = new HashMap<>();
        long[] badCheckpoints = {0};
        jdbc.sql("select line_count, high_seq, hash, made_at, mac from access_audit_checkpoint")
                .query(rs -> {
                    long count = rs.getLong(1);
                    String hash = rs.getString(3);
                    String mac = sealer.checkpointMac(
                            count, rs.getLong(2), hash, rs.getTimestamp(4).toInstant());
                    if (mac.equals(rs.getString(5))) {
                        checkpoints.put(count, hash);
                    } else {
                        badCheckpoints[0]++;
                    }
                });
        long[] checked = {0};
        Long[] broken = {null};
        String[] prev = {GENESIS};
        jdbc.sql("select seq, at, actor, remote_address, action, record_type, record_id, unit_id, unit_path, detail,"
                        + " chain_no, prev_hash, hash from access_audit where chain_no is not null order by chain_no")
                .query(rs -> {
                    if (broken[0] != null) {
                        return;
                    }
                    AuditEntry e = entry(rs);
                    long chainNo = rs.getLong("chain_no");
                    boolean legacy = chainNo <= head.legacyThrough();
                    boolean linked = chainNo == checked[0] + 1
                            && prev[0].equals(rs.getString("prev_hash"))
                            && (!legacy || e.seq() == chainNo);
                    String expected = legacy ? sha256(e.canonical(prev[0])) : key.mac(e.canonical(prev[0]));
                    String signed = checkpoints.get(chainNo);
                    if (!linked
                            || !expected.equals(rs.getString("hash"))
                            || (signed != null && !signed.equals(expected))) {
                        broken[0] = e.seq();
                        return;
                    }
                    prev[0] = expected;
                    checked[0]++;
                });
        Long truncated = null;
        if (broken[0] == null) {
            long reached = checkpoints.keySet().stream()
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(0);
            reached = Math.max(reached, head.chainNo());
            truncated = reached > checked[0] ? reached : null;
        }
        long unsealed = sealer.unsealed();
        long gaps = jdbc.sql("select coalesce(sum(last_seq - first_seq + 1), 0) - (select count(*) from access_audit a"
                        + " join access_audit_gap g on a.seq between g.first_seq and g.last_seq) from access_audit_gap")
                .query(Long.class)
                .single();
        return new Verification(checked[0], broken[0], truncated, unsealed, gaps, badCheckpoints[0]);
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("remote_address"),
                rs.getString("action"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_path"),
                rs.getString("detail"));
    }

    private static String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
