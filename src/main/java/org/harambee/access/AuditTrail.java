package org.harambee.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.harambee.access.audit.AuditChainCheck;
import org.harambee.access.audit.AuditLines;
import org.harambee.access.audit.AuditSealer;
import org.harambee.access.audit.AuditWriting;
import org.harambee.system.BufferedInserts;
import org.harambee.system.ReplicaReads;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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

    public static final String GENESIS = "0".repeat(64);

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

    private final AuditWriting writing;
    private final AuditSealer sealer;
    private final BufferedInserts inserts;
    private final AuditLines lines;
    private final AuditChainCheck chainCheck;

    public AuditTrail(
            AuditWriting writing,
            AuditSealer sealer,
            BufferedInserts inserts,
            AuditLines lines,
            AuditChainCheck chainCheck) {
        this.writing = writing;
        this.sealer = sealer;
        this.inserts = inserts;
        this.lines = lines;
        this.chainCheck = chainCheck;
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
        if (ReplicaReads.reading()) {
            // a read that may come from the read replica (decision 0030): written on the primary once it has ended
            ReplicaReads.afterReading(() -> writing.onPrimary(entry));
            return;
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            // a read (a view, a download) in a read-only transaction, which cannot insert: audited when it ends
            writing.afterTransaction(entry);
            return;
        }
        writing.inTransaction(entry);
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
        if (ReplicaReads.reading()) {
            ReplicaReads.afterReading(() -> writing.onPrimary(entry));
            return;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            writing.inOwnTransaction(entry);
            return;
        }
        writing.afterTransaction(entry);
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
    public List<AuditEntry> list(AuditQuery query, Scope scope, int page, int size) {
        return lines.list(query, scope, page, size);
    }

    /** Every line that {@link #list} would show, newest first, at most {@code limit}, one at a time (for exports). */
    public void each(AuditQuery query, Scope scope, int limit, java.util.function.Consumer<AuditEntry> consumer) {
        lines.each(query, scope, limit, consumer);
    }

    /**
     * Walks the chain in chain order and checks the checkpoints ({@link AuditChainCheck}): the first line that does not
     * match, a truncation after a checkpoint, how many lines wait to be chained.
     */
    public Verification verify() {
        return chainCheck.verify();
    }

    public static AuditEntry entry(ResultSet rs) throws SQLException {
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

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
