package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bench of bench/exports.sh (not a test: it runs only when asked, on PostgreSQL): a district's referral list of
 * N rows exported as CSV and XLSX over HTTP through the whole stack (the client discards the bytes), beside a plain
 * JDBC read of the same rows with the same fetch size, in the same run; the heap is sampled while each runs. Writes
 * its figures to {@code bench.out}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "harambee.bench.exports", matches = "true")
class ExportBench extends QuzlandReferrals {

    @LocalServerPort
    int port;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void exportsAgainstAPlainRead() throws Exception {
        StringBuilder report = new StringBuilder("# Exports bench (referral list, PostgreSQL)\n\n"
                + "| rows | plain JDBC read | CSV export | ratio | XLSX export | ratio | CSV bytes | XLSX bytes"
                + " | heap after GC, CSV | heap after GC, XLSX |\n|---|---|---|---|---|---|---|---|---|---|\n");
        int[] sizes = {Integer.getInteger("bench.small", 10_000), Integer.getInteger("bench.count", 100_000)};
        int seeded = 0;
        for (int size : sizes) {
            seed(seeded, size - seeded);
            seeded = size;
            plainRead();
            export("csv");
            // each figure is the best of three, after the warm-up above
            long plain = Long.MAX_VALUE;
            long[] csv = {Long.MAX_VALUE, 0, 0};
            long[] xlsx = {Long.MAX_VALUE, 0, 0};
            for (int i = 0; i < 3; i++) {
                plain = Math.min(plain, plainRead());
                csv = best(csv, export("csv"));
                xlsx = best(xlsx, export("xlsx"));
            }
            report.append(String.format(
                    Locale.ROOT,
                    "| %,d | %d ms | %d ms | %.2f× | %d ms | %.2f× | %,d | %,d | %d MB | %d MB |%n",
                    size,
                    plain,
                    csv[0],
                    (double) csv[0] / plain,
                    xlsx[0],
                    (double) xlsx[0] / plain,
                    csv[1],
                    xlsx[1],
                    csv[2] >> 20,
                    xlsx[2] >> 20));
        }
        report.append(String.format(
                Locale.ROOT,
                "%n- heap limit (-Xmx): %d MB; heap after GC is the largest heap left after a collection, sampled"
                        + " every 20 ms during the export (server and client in one JVM, the whole application's live"
                        + " set); each time is the best of three%n",
                Runtime.getRuntime().maxMemory() >> 20));
        Files.writeString(Path.of(System.getProperty("bench.out", "target/exports.md")), report.toString());
    }

    private static long[] best(long[] best, long[] run) {
        return run[0] < best[0]
                ? new long[] {run[0], run[1], Math.max(best[2], run[2])}
                : new long[] {best[0], best[1], Math.max(best[2], run[2])};
    }

    /** Adds {@code count} sent referrals from Kpetema at Amber's social welfare office, numbered after {@code from}. */
    private void seed(int from, int count) {
        jdbc.sql("insert into referral (id, reference, community_id, unit_id, unit_path, category, priority, age_band,"
                        + " sex, disability, reason, service_point_id, routed_by, status, caregiver_consent,"
                        + " child_assent, consent_scope, due_at, source, created_by, created_at, sent_at, updated_at)"
                        + " select gen_random_uuid(), 'R-B' || lpad(cast(g as varchar), 8, '0'), c.id, c.unit_id,"
                        + " c.unit_path, 'SOCIAL_WELFARE', case when g % 3 = 0 then 'URGENT' else 'NORMAL' end,"
                        + " 'AGE_5_9', 'MALE', false, 'Synthetic reason', :point, 'MANUAL', 'SENT', true, true,"
                        + " 'All', now() + interval '1 day', 'WEB', :sender, now(), now(), now()"
                        + " from community c, generate_series(:from, :to) g where c.id = :community")
                .param("point", amberWelfare)
                .param("sender", FACILITATOR)
                .param("from", from + 1)
                .param("to", from + count)
                .param("community", kpetema)
                .update();
        jdbc.sql("analyze referral").update();
    }

    /** The same rows and columns as the export, read and dropped, in a read-only transaction with the same fetch size. */
    private long plainRead() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        long start = System.nanoTime();
        AtomicLong rows = new AtomicLong();
        org.springframework.jdbc.core.JdbcTemplate template =
                new org.springframework.jdbc.core.JdbcTemplate(jdbcDataSource());
        template.setFetchSize(500);
        readOnly.executeWithoutResult(status -> template.query(
                "select reference, category, priority, status, sent_at, due_at, escalations,"
                        + " (select p.name from referral_service_point p where p.id = referral.service_point_id)"
                        + " as service_point from referral where unit_path like ? and status <> 'DRAFT'"
                        + " order by sent_at desc, id",
                rs -> {
                    rs.getString(1);
                    rs.getString(2);
                    rs.getString(3);
                    rs.getString(4);
                    rs.getTimestamp(5);
                    rs.getTimestamp(6);
                    rs.getInt(7);
                    rs.getString(8);
                    rows.incrementAndGet();
                },
                "%"));
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Autowired
    javax.sql.DataSource dataSource;

    private javax.sql.DataSource jdbcDataSource() {
        return dataSource;
    }

    /** One export over HTTP as the district coordinator: {time ms, bytes, peak heap bytes}. */
    private long[] export(String format) throws IOException, InterruptedException {
        AtomicLong peak = new AtomicLong();
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p ->
                        p.getType() == java.lang.management.MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .toList();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                // what the heap held after the latest collection: the live set, not garbage waiting to be collected
                peak.accumulateAndGet(
                        pools.stream()
                                .mapToLong(p -> p.getCollectionUsage().getUsed())
                                .sum(),
                        Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        System.gc();
        sampler.start();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/referrals?box=AREA&format=" + format))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((BENCH + ":" + PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
            }
        }
        long took = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        assertThat(response.statusCode()).isEqualTo(200);
        return new long[] {took, bytes, peak.get()};
    }

    static final String BENCH = "bench-coordinator";

    @org.junit.jupiter.api.BeforeEach
    void aCoordinatorWithAPassword() {
        TestAccounts.create(jdbc, BENCH, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
    }
}
