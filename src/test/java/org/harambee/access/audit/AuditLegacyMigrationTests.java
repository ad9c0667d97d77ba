package org.harambee.access.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.harambee.access.AuditEntry;
import org.harambee.access.AuditTrail;
import org.harambee.system.PlatformGauges;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Lines chained before decision 0016 (SHA-256, under the lock) stay verifiable after V100/V101: they are checked with
 * the old algorithm, the keyed chain continues from the last of them, and rewriting a legacy line (with every unkeyed
 * hash after it recomputed) breaks the chain at the first keyed line.
 */
class AuditLegacyMigrationTests {

    static final String KEY = "c3ludGhldGljLWF1ZGl0LWtleS0zMi1ieXRlcy1sb25nISE=";

    DataSource dataSource() {
        return new DriverManagerDataSource("jdbc:h2:mem:audit-legacy-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=MONTH,VALUE;"
                + "DB_CLOSE_DELAY=-1");
    }

    String vendor() {
        return "h2";
    }

    @Test
    void legacyLinesStayVerifiableAndTheKeyedChainContinuesFromThem() {
        DataSource dataSource = dataSource();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .target("97")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String prev = AuditTrail.GENESIS;
        for (long seq = 1; seq <= 3; seq++) {
            prev = legacyLine(jdbc, seq, "legacy " + seq, prev);
        }
        String legacyHead = prev;
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load()
                .migrate();

        AuditKey key = new AuditKey(KEY, "unused");
        AuditSealer sealer = new AuditSealer(
                jdbc,
                new JdbcTemplate(dataSource),
                key,
                new DataSourceTransactionManager(dataSource),
                mock(PlatformGauges.class),
                Duration.ofSeconds(10),
                Duration.ofMinutes(1),
                100);
        org.harambee.system.BufferedInserts inserts =
                new org.harambee.system.BufferedInserts(new org.springframework.jdbc.core.JdbcTemplate(dataSource));
        AuditTrail audit = new AuditTrail(
                new AuditWriting(jdbc, dataSource, new DataSourceTransactionManager(dataSource), inserts),
                sealer,
                inserts,
                new AuditLines(jdbc, inserts),
                new AuditChainCheck(jdbc, key, sealer, inserts));
        assertThat(audit.verify()).isEqualTo(new AuditTrail.Verification(3, null, null, 0, 0, 0));

        audit.recordAs("legacy-test", "TEST_KEYED", "thing", "4", null, null, "keyed 4");
        audit.recordAs("legacy-test", "TEST_KEYED", "thing", "5", null, null, "keyed 5");
        assertThat(audit.verify().unsealed()).isEqualTo(2);
        audit.sealNow();
        assertThat(audit.verify()).isEqualTo(new AuditTrail.Verification(5, null, null, 0, 0, 0));
        assertThat(jdbc.sql("select seq, chain_no, prev_hash from access_audit where seq = 4")
                        .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                        .single())
                .containsExactly(4L, 4L, legacyHead);

        // whoever rewrites a legacy line and recomputes the unkeyed chain after it still breaks the keyed line after
        jdbc.sql("delete from access_audit where seq <= 3").update();
        prev = AuditTrail.GENESIS;
        for (long seq = 1; seq <= 3; seq++) {
            prev = legacyLine(jdbc, seq, seq == 2 ? "rewritten" : "legacy " + seq, prev);
        }
        jdbc.sql("update access_audit set chain_no = seq where seq <= 3").update();
        assertThat(audit.verify().firstBrokenSeq()).isEqualTo(4L);
    }

    private static String legacyLine(JdbcClient jdbc, long seq, String detail, String prev) {
        AuditEntry entry = new AuditEntry(
                seq,
                Instant.parse("2026-01-0" + seq + "T10:00:00Z").truncatedTo(ChronoUnit.MILLIS),
                "legacy-test",
                null,
                "TEST_LEGACY",
                "thing",
                Long.toString(seq),
                null,
                null,
                detail);
        String hash = AuditTrail.sha256(entry.canonical(prev));
        jdbc.sql("insert into access_audit (seq, at, actor, remote_address, action, record_type, record_id, unit_id,"
                        + " unit_path, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        seq,
                        Timestamp.from(entry.at()),
                        entry.actor(),
                        null,
                        entry.action(),
                        entry.recordType(),
                        entry.recordId(),
                        null,
                        null,
                        detail,
                        prev,
                        hash)
                .update();
        return hash;
    }
}
