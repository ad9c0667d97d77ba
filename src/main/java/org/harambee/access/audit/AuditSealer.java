package org.harambee.access.audit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.harambee.access.AuditEntry;
import org.harambee.access.AuditTrail;
import org.harambee.system.PlatformGauges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain's sealer (decision 0016): every second (or as configured) one node takes the sealer's row with
 * {@code FOR UPDATE SKIP LOCKED} (the others skip the pass) and chains the committed unsealed lines in sequence order,
 * hash = HMAC-SHA256(key, previous hash | line), in one transaction per batch. A missing sequence number holds the
 * chain back until a line written after it is older than the grace period ({@code harambee.audit.gap-grace}); then it is
 * recorded as a gap and skipped. A line that commits after its number was skipped is chained at the end when it
 * arrives. Every {@code harambee.audit.checkpoint-interval} the head is signed into a checkpoint, so that deleting the
 * newest lines is seen.
 */
@Component
public class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    /** What one pass did: lines chained (-1 when another node holds the sealer) and whether nothing more is ready. */
    record Pass(int sealed, boolean drained) {}

    private record State(long legacyThrough, long headChainNo, String headHash, long highSeq, Instant checkpointAt) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AuditKey key;
    private final TransactionTemplate transaction;
    private final Duration grace;
    private final Duration checkpointInterval;
    private final int batch;

    public AuditSealer(
            JdbcClient jdbc,
            JdbcTemplate template,
            AuditKey key,
            PlatformTransactionManager transactions,
            PlatformGauges gauges,
            @Value("${harambee.audit.gap-grace:PT10S}") Duration grace,
            @Value("${harambee.audit.checkpoint-interval:PT1M}") Duration checkpointInterval,
            @Value("${harambee.audit.seal-batch:2000}") int batch) {
        this.jdbc = jdbc;
        this.template = template;
        this.key = key;
        this.transaction = new TransactionTemplate(transactions);
        this.grace = grace;
        this.checkpointInterval = checkpointInterval;
        this.batch = batch;
        gauges.gauge("harambee.audit.unsealed", "Audit lines written and not yet chained", this::unsealed);
        gauges.gauge(
                "harambee.audit.unsealed.age",
                "Seconds the oldest unchained audit line has waited (0 when none waits)",
                this::oldestUnsealedAge);
    }

    /** The scheduled pass: seals batch after batch until nothing is ready (or another node has the sealer). */
    @Scheduled(
            fixedDelayString = "${harambee.audit.seal-interval:PT1S}",
            initialDelayString = "${harambee.audit.seal-interval:PT1S}")
    public void seal() {
        Pass pass;
        do {
            pass = transaction.execute(status -> once(" skip locked", grace, false));
        } while (pass != null && pass.sealed() > 0 && !pass.drained());
    }

    /**
     * Seals everything committed and ready, waiting for a pass in progress on another thread or node rather than
     * skipping, and signs a checkpoint of the head (for tests and commands that need the chain current). A number still
     * missing whose next line is older than {@code grace} is skipped as a gap; with a zero grace every missing number
     * is (its line, if it commits later, is chained at the end).
     */
    public void sealAll(Duration grace) {
        Pass pass;
        do {
            pass = transaction.execute(status -> once("", grace, false));
        } while (pass != null && pass.sealed() > 0 && !pass.drained());
        transaction.execute(status -> once("", grace, true));
    }

    /** {@link #sealAll(Duration)} with the configured grace period. */
    public void sealAll() {
        sealAll(grace);
    }

    /** How many lines wait to be chained. */
    long unsealed() {
        return jdbc.sql("select count(*) from access_audit where chain_no is null")
                .query(Long.class)
                .single();
    }

    /** Seconds the oldest line waiting to be chained has waited, 0 when none waits: the sealer's lag. */
    double oldestUnsealedAge() {
        return jdbc.sql("select at from access_audit where chain_no is null order by seq limit 1")
                .query(Timestamp.class)
                .optional()
                .map(t -> Math.max(0, (Instant.now().toEpochMilli() - t.getTime()) / 1000.0))
                .orElse(0.0);
    }

    private Pass once(String skip, Duration grace, boolean forceCheckpoint) {
        List<State> claimed = jdbc.sql("select legacy_through, head_chain_no, head_hash, high_seq, checkpoint_at"
                        + " from access_audit_seal where id = 1 for update" + skip)
                .query((rs, n) -> new State(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
        if (claimed.isEmpty()) {
            return new Pass(-1, true);
        }
        State state = claimed.get(0);
        Instant now = Instant.now();
        List<AuditEntry> late = lines("seq <= ?", state.highSeq());
        List<AuditEntry> fresh = lines("seq > ?", state.highSeq());

        List<Object[]> updates = new ArrayList<>();
        List<Object[]> gaps = new ArrayList<>();
        long chainNo = state.headChainNo();
        String hash = state.headHash();
        for (AuditEntry line : late) {
            String next = key.mac(line.canonical(hash));
            updates.add(new Object[] {++chainNo, hash, next, line.seq()});
            hash = next;
        }
        long expected = state.highSeq() + 1;
        boolean waiting = false;
        Instant skipBefore = now.minus(grace);
        for (AuditEntry line : fresh) {
            if (line.seq() > expected) {
                if (!grace.isZero() && !line.at().isBefore(skipBefore)) {
                    waiting = true;
                    break;
                }
                gaps.add(new Object[] {expected, line.seq() - 1, Timestamp.from(now)});
            }
            String next = key.mac(line.canonical(hash));
            updates.add(new Object[] {++chainNo, hash, next, line.seq()});
            hash = next;
            expected = line.seq() + 1;
        }
        if (!gaps.isEmpty()) {
            template.batchUpdate(
                    "insert into access_audit_gap (first_seq, last_seq, skipped_at) values (?, ?, ?)", gaps);
            // numbers only, no personal data
            gaps.forEach(g -> log.warn("Audit sequence numbers {} to {} skipped as a gap", g[0], g[1]));
        }
        if (!updates.isEmpty()) {
            int[] counts = template.batchUpdate(
                    "update access_audit set chain_no = ?, prev_hash = ?, hash = ? where seq = ? and chain_no is null",
                    updates);
            for (int count : counts) {
                if (count != 1 && count != java.sql.Statement.SUCCESS_NO_INFO) {
                    throw new IllegalStateException("an audit line was sealed twice or vanished while sealing");
                }
            }
        }
        Instant checkpointAt = state.checkpointAt();
        boolean checkpoint = forceCheckpoint
                || (!updates.isEmpty()
                        && (checkpointAt == null
                                || !checkpointAt.plus(checkpointInterval).isAfter(now)));
        if (checkpoint && chainNo > 0) {
            Instant made = now.truncatedTo(ChronoUnit.MILLIS);
            jdbc.sql("insert into access_audit_checkpoint (line_count, high_seq, hash, made_at, mac)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(
                            chainNo,
                            expected - 1,
                            hash,
                            Timestamp.from(made),
                            checkpointMac(chainNo, expected - 1, hash, made))
                    .update();
            // the checkpoint goes to the log too: a copy outside the database (numbers and hashes only)
            log.info("Audit checkpoint: {} lines, head {}", chainNo, hash);
            checkpointAt = made;
        }
        jdbc.sql("update access_audit_seal set head_chain_no = ?, head_hash = ?, high_seq = ?, checkpoint_at = ?"
                        + " where id = 1")
                .params(chainNo, hash, expected - 1, checkpointAt == null ? null : Timestamp.from(checkpointAt))
                .update();
        boolean drained = waiting || (late.size() < batch && fresh.size() < batch);
        return new Pass(updates.size(), drained);
    }

    /** The MAC a checkpoint carries: the audit key over its line count, sequence number, head hash and time. */
    String checkpointMac(long lineCount, long highSeq, String hash, Instant madeAt) {
        return key.mac(
                "checkpoint|" + lineCount + "|" + highSeq + "|" + hash + "|" + madeAt.truncatedTo(ChronoUnit.MILLIS));
    }

    private List<AuditEntry> lines(String where, long highSeq) {
        return jdbc.sql("select seq, at, actor, remote_address, action, record_type, record_id, unit_id, unit_path,"
                        + " detail from access_audit where chain_no is null and " + where + " order by seq limit ?")
                .params(highSeq, batch)
                .query((rs, n) -> AuditTrail.entry(rs))
                .list();
    }
}
