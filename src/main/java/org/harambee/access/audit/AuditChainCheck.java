package org.harambee.access.audit;

import java.util.HashMap;
import java.util.Map;
import org.harambee.access.AuditEntry;
import org.harambee.access.AuditTrail;
import org.harambee.system.BufferedInserts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Checks the audit trail's chain and its signed checkpoints (decision 0016). */
@Component
public class AuditChainCheck {

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final AuditSealer sealer;
    private final BufferedInserts inserts;

    public AuditChainCheck(JdbcClient jdbc, AuditKey key, AuditSealer sealer, BufferedInserts inserts) {
        this.jdbc = jdbc;
        this.key = key;
        this.sealer = sealer;
        this.inserts = inserts;
    }

    /**
     * Walks the chain in chain order: the legacy lines (chained before decision 0016) by SHA-256, the others by
     * HMAC-SHA256 with the audit key; checks every checkpoint's signature and that the chain still reaches the newest
     * valid checkpoint and the sealer's head.
     */
    @Transactional(readOnly = true)
    public AuditTrail.Verification verify() {
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
        String[] prev = {AuditTrail.GENESIS};
        jdbc.sql("select seq, at, actor, remote_address, action, record_type, record_id, unit_id, unit_path, detail,"
                        + " chain_no, prev_hash, hash from access_audit where chain_no is not null order by chain_no")
                .query(rs -> {
                    if (broken[0] != null) {
                        return;
                    }
                    AuditEntry e = AuditTrail.entry(rs);
                    long chainNo = rs.getLong("chain_no");
                    boolean legacy = chainNo <= head.legacyThrough();
                    boolean linked = chainNo == checked[0] + 1
                            && prev[0].equals(rs.getString("prev_hash"))
                            && (!legacy || e.seq() == chainNo);
                    String expected = legacy ? AuditTrail.sha256(e.canonical(prev[0])) : key.mac(e.canonical(prev[0]));
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
        return new AuditTrail.Verification(checked[0], broken[0], truncated, unsealed, gaps, badCheckpoints[0]);
    }
}
