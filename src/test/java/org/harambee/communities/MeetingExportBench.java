package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
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
import javax.sql.DataSource;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bench, not a test (it runs only when asked, on PostgreSQL; see bench/exports.sh for its sibling on referrals): a
 * district's meetings list of N rows (1,000 communities) exported as CSV and XLSX over HTTP, beside a plain JDBC read of
 * the same rows with the same fetch size, in the same run and JVM. Writes its figures to {@code bench.out}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "harambee.bench.exports", matches = "true")
class MeetingExportBench extends QuzlandCommunities {

    static final String BENCH = "bench-coordinator";

    @LocalServerPort
    int port;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void aCoordinatorWithAPassword() {
        TestAccounts.create(jdbc, BENCH, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
    }

    @Test
    void meetingsExportAgainstAPlainRead() throws Exception {
        StringBuilder report = new StringBuilder("# Meetings export bench (PostgreSQL)\n\n"
                + "| rows | plain JDBC read | CSV export | ratio | XLSX export | ratio | CSV bytes | XLSX bytes"
                + " | heap after GC, CSV | heap after GC, XLSX |\n|---|---|---|---|---|---|---|---|---|---|\n");
        seedCommunities(1_000);
        int[] sizes = {Integer.getInteger("bench.small", 10_000), Integer.getInteger("bench.count", 100_000)};
        int seeded = 0;
        for (int size : sizes) {
            seedMeetings(seeded, size - seeded);
            seeded = size;
            plainRead();
            export("csv");
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
                "%n- heap limit (-Xmx): %d MB; each time the best of three; heap after GC sampled every 20 ms%n",
                Runtime.getRuntime().maxMemory() >> 20));
        Files.writeString(Path.of(System.getProperty("bench.out", "target/meeting-exports.md")), report.toString());
    }

    private static long[] best(long[] best, long[] run) {
        return run[0] < best[0]
                ? new long[] {run[0], run[1], Math.max(best[2], run[2])}
                : new long[] {best[0], best[1], Math.max(best[2], run[2])};
    }

    private void seedCommunities(int count) {
        jdbc.sql("insert into community (id, name, search_name, unit_id, unit_path, origin, created_by, created_at,"
                        + " updated_at) select gen_random_uuid(), 'Bench ' || g, 'bench ' || lpad(cast(g as varchar),"
                        + " 6, '0'), u.id, u.path, 'AGENCY_INITIATED', 'bench', now(), now()"
                        + " from geo_unit u, generate_series(1, :count) g where u.pcode = :pcode")
                .param("count", count)
                .param("pcode", (Object) "QZ010101")
                .update();
    }

    /** Adds {@code count} meetings spread over the bench communities, numbered after {@code from}. */
    private void seedMeetings(int from, int count) {
        jdbc.sql("insert into community_meeting (id, community_id, meeting_type, held_on, girls, boys, women, men,"
                        + " facilitation, created_by, created_at)"
                        + " select gen_random_uuid(), c.id, 'COMMUNITY_MEETING', current_date - (g % 700), g % 7,"
                        + " g % 5, g % 11, g % 3 + 1, 'COMMUNITY', 'bench', now()"
                        + " from generate_series(:from, :to) g join (select id, row_number() over (order by id) - 1"
                        + " as n from community) c on c.n = g % 1000")
                .param("from", from + 1)
                .param("to", from + count)
                .update();
        jdbc.sql("analyze community_meeting").update();
    }

    /** The export's rows and columns read and dropped, in a read-only transaction, with the same fetch size. */
    private long plainRead() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        long start = System.nanoTime();
        readOnly.executeWithoutResult(status -> template.query(
                "select m.id, m.community_id, c.name as community_name, c.unit_id, m.held_on, m.meeting_type, m.girls,"
                        + " m.boys, m.women, m.men, m.facilitation from community_meeting m join community c"
                        + " on c.id = m.community_id where c.unit_path like ? order by m.held_on desc,"
                        + " m.created_at desc, m.id",
                rs -> {
                    for (int i = 1; i <= 11; i++) {
                        rs.getObject(i);
                    }
                },
                "%"));
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** One export over HTTP as the district coordinator: {time ms, bytes, peak heap after GC}. */
    private long[] export(String format) throws IOException, InterruptedException {
        AtomicLong peak = new AtomicLong();
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .toList();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
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
        String credentials =
                Base64.getEncoder().encodeToString((BENCH + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/v1/meetings?format=" + format))
                                .header("Authorization", "Basic " + credentials)
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
}
