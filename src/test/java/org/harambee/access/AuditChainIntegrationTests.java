package org.harambee.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.harambee.access.audit.AuditSealer;
import org.harambee.access.audit.AuditVerifyCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain sealed off the request path (decision 0016): lines written in the caller's transaction and chained
 * shortly after by one sealer at a time with a keyed HMAC; a changed, a removed and the newest removed lines are found;
 * concurrent writers and sealers make exactly one chain; a gap left by a transaction still open is skipped after the
 * grace period and its line chained when it arrives.
 */
@SpringBootTest
class AuditChainIntegrationTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditSealer sealer;

    @Autowired
    AuditVerifyCommand command;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void aRolledBackWriteLeavesNoLineWhileItsRefusalStays() {
        String id = java.util.UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.recordAs("chain-test", "TEST_WRITTEN", "thing", id, null, null, null);
            audit.recordRefusal("TEST_REFUSED", "thing", id, null, null, null);
            status.setRollbackOnly();
        });
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(status -> {
                    audit.recordRefusal("TEST_REFUSED_READING", "thing", id, null, null, null);
                    throw new IllegalStateException("refused");
                }))
                .hasMessage("refused");
        audit.recordRefusal("TEST_REFUSED_OUTSIDE", "thing", id, null, null, null);

        assertThat(jdbc.sql("select action from access_audit where record_id = ? order by seq")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("TEST_REFUSED", "TEST_REFUSED_READING", "TEST_REFUSED_OUTSIDE");
    }

    @Test
    void aReadAuditedInAReadOnlyTransactionIsRecordedWhenItEnds() {
        String id = java.util.UUID.randomUUID().toString();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(
                status -> audit.recordAs("chain-test", "TEST_READ", "thing", id, null, null, null));

        assertThat(jdbc.sql("select action from access_audit where record_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("TEST_READ");
    }

    @Test
    void aLineRewrittenWithoutTheKeyBreaksTheChain() {
        long seq = write("tamper");
        audit.sealNow();
        Map<String, Object> line = row(seq);
        try {
            // whoever can write the table recomputes the unkeyed hash; without the key it does not match
            AuditEntry read = jdbc.sql("select seq, at, actor, remote_address, action, record_type, record_id, unit_id,"
                            + " unit_path, detail from access_audit where seq = ?")
                    .param(seq)
                    .query((rs, n) -> AuditTrail.entry(rs))
                    .single();
            AuditEntry changed = new AuditEntry(
                    read.seq(),
                    read.at(),
                    read.actor(),
                    read.remoteAddress(),
                    read.action(),
                    read.recordType(),
                    read.recordId(),
                    read.unitId(),
                    read.unitPath(),
                    "rewritten");
            jdbc.sql("update access_audit set detail = 'rewritten', hash = ? where seq = ?")
                    .params(AuditTrail.sha256(changed.canonical((String) line.get("prev_hash"))), seq)
                    .update();
            assertThat(audit.verify().firstBrokenSeq()).isEqualTo(seq);
        } finally {
            jdbc.sql("update access_audit set detail = ?, hash = ? where seq = ?")
                    .params(line.get("detail"), line.get("hash"), seq)
                    .update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aDeletedMiddleLineBreaksTheChainAtTheLineAfterIt() {
        write("before");
        long middle = write("middle");
        long after = write("after");
        audit.sealNow();
        Map<String, Object> removed = row(middle);
        jdbc.sql("delete from access_audit where seq = ?").param(middle).update();
        try {
            AuditTrail.Verification broken = audit.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(after);
        } finally {
            restore(List.of(removed));
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void deletingTheNewestLinesAfterACheckpointIsSeenEvenWithTheHeadRewound() {
        long kept = write("kept");
        long first = write("deleted");
        write("deleted too");
        audit.sealNow();
        Map<String, Object> state =
                jdbc.sql("select * from access_audit_seal where id = 1").query().singleRow();
        List<Map<String, Object>> newest = jdbc.sql("select * from access_audit where seq >= ? order by seq")
                .param(first)
                .query()
                .listOfRows();
        long vouched = ((Number) state.get("head_chain_no")).longValue();
        Map<String, Object> last = row(kept);
        jdbc.sql("delete from access_audit where seq >= ?").param(first).update();
        jdbc.sql("update access_audit_seal set head_chain_no = ?, head_hash = ?, high_seq = ? where id = 1")
                .params(last.get("chain_no"), last.get("hash"), kept)
                .update();
        try {
            AuditTrail.Verification truncated = audit.verify();
            assertThat(truncated.firstBrokenSeq()).isNull();
            assertThat(truncated.truncatedAfter()).isEqualTo(vouched);
            assertThat(truncated.intact()).isFalse();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(command.report(new PrintStream(out, true))).isEqualTo(3);
            assertThat(out.toString()).contains("TRUNCATED");
        } finally {
            restore(newest);
            jdbc.sql("update access_audit_seal set head_chain_no = ?, head_hash = ?, high_seq = ? where id = 1")
                    .params(state.get("head_chain_no"), state.get("head_hash"), state.get("high_seq"))
                    .update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aForgedCheckpointIsSeen() {
        write("checkpointed");
        audit.sealNow();
        long newest = jdbc.sql("select max(id) from access_audit_checkpoint")
                .query(Long.class)
                .single();
        jdbc.sql("update access_audit_checkpoint set line_count = line_count + 5 where id = ?")
                .param(newest)
                .update();
        try {
            AuditTrail.Verification forged = audit.verify();
            assertThat(forged.badCheckpoints()).isEqualTo(1);
            assertThat(forged.intact()).isFalse();
        } finally {
            jdbc.sql("update access_audit_checkpoint set line_count = line_count - 5 where id = ?")
                    .param(newest)
                    .update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersAndTwoSealersMakeExactlyOneChainWithEveryLineOnce() throws Exception {
        int writers = 8;
        int perWriter = 50;
        String run = java.util.UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            work.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perWriter; i++) {
                    audit.recordAs("chain-writer-" + writer, "TEST_CONCURRENT", "thing", run, null, null, "line " + i);
                }
                return null;
            }));
        }
        List<Future<?>> sealers = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            boolean waits = s == 0;
            sealers.add(pool.submit(() -> {
                start.await();
                while (writing.get()) {
                    if (waits) {
                        sealer.sealAll();
                    } else {
                        sealer.seal();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        for (Future<?> f : sealers) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        audit.sealNow();

        assertThat(jdbc.sql("select count(*) from access_audit where record_id = ? and chain_no is not null")
                        .param(run)
                        .query(Long.class)
                        .single())
                .isEqualTo((long) writers * perWriter);
        assertThat(jdbc.sql("select count(*) from access_audit where chain_no is null")
                        .query(Long.class)
                        .single())
                .isZero();
        // one chain: places 1..n, each once
        assertThat(jdbc.sql("select count(distinct chain_no) = max(chain_no) and count(*) = max(chain_no)"
                                + " from access_audit")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        AuditTrail.Verification verification = audit.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.unsealed()).isZero();
    }

    @Test
    void aLineCommittedAfterItsGapWasSkippedIsChainedAtTheEnd() throws Exception {
        String run = java.util.UUID.randomUUID().toString();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> slow = pool.submit(() -> {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                audit.recordAs("chain-test", "TEST_LATE", "thing", run, null, null, null);
                // written now (lines wait for the commit otherwise): it holds its number and commits late
                status.flush();
                written.countDown();
                try {
                    commit.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return null;
        });
        try {
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            audit.recordAs("chain-test", "TEST_AFTER", "thing", run, null, null, null);
            sealer.sealAll();
            // within the grace period the sealer waits for the missing number
            assertThat(chainNo(run, "TEST_AFTER")).isNull();
            Thread.sleep(2_500);
            sealer.sealAll();
            assertThat(chainNo(run, "TEST_AFTER")).isNotNull();
            assertThat(audit.verify().gaps()).isPositive();
        } finally {
            commit.countDown();
            slow.get(60, TimeUnit.SECONDS);
            pool.shutdown();
        }
        audit.sealNow();
        assertThat(chainNo(run, "TEST_LATE")).isGreaterThan(chainNo(run, "TEST_AFTER"));
        assertThat(seq(run, "TEST_LATE")).isLessThan(seq(run, "TEST_AFTER"));
        AuditTrail.Verification verification = audit.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.unsealed()).isZero();
    }

    @Test
    void tenThousandLinesAreChainedWithinSeconds() {
        String run = java.util.UUID.randomUUID().toString();
        java.sql.Timestamp at =
                java.sql.Timestamp.from(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            lines.add(new Object[] {at, "chain-bulk", "TEST_BULK", run, "synthetic line " + i});
        }
        new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .batchUpdate(
                        "insert into access_audit (at, actor, action, record_id, detail) values (?, ?, ?, ?, ?)",
                        lines);
        long start = System.nanoTime();
        audit.sealNow();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "AUDIT-SEAL-10000: 10000 lines chained in %d ms (%s)%n",
                millis, getClass().getSimpleName());

        assertThat(jdbc.sql("select count(*) from access_audit where record_id = ? and chain_no is null")
                        .param(run)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(millis).isLessThan(60_000);
        assertThat(audit.verify().intact()).isTrue();
    }

    private long write(String detail) {
        audit.recordAs("chain-test", "TEST_CHAIN", "thing", null, null, null, detail);
        return jdbc.sql("select max(seq) from access_audit where actor = 'chain-test'")
                .query(Long.class)
                .single();
    }

    private Map<String, Object> row(long seq) {
        return jdbc.sql("select * from access_audit where seq = ?")
                .param(seq)
                .query()
                .singleRow();
    }

    private Long chainNo(String run, String action) {
        return jdbc.sql("select chain_no from access_audit where record_id = ? and action = ?")
                .params(run, action)
                .query((rs, n) -> rs.getObject(1, Long.class))
                .list()
                .get(0);
    }

    private long seq(String run, String action) {
        return jdbc.sql("select seq from access_audit where record_id = ? and action = ?")
                .params(run, action)
                .query(Long.class)
                .single();
    }

    private void restore(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            List<String> columns = new ArrayList<>(row.keySet());
            jdbc.sql("insert into access_audit (" + String.join(", ", columns) + ") values ("
                            + String.join(", ", columns.stream().map(c -> "?").toList()) + ")")
                    .params(columns.stream().map(row::get).toList())
                    .update();
        }
    }
}
