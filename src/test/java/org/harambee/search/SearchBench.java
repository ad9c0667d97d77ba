package org.harambee.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.harambee.FreshQuzland;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The bench of bench/search.sh (not a test: it runs only when asked, on PostgreSQL): the search box's communities among
 * N of them ({@link ManyCommunities}), through the API as a national and as a district coordinator, without the
 * trigram index of V241 and with it, in the same run and JVM. Writes its figures to {@code bench.out}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "harambee.bench.search", matches = "true")
class SearchBench {

    static final String INDEX = "community_search_words_trgm_idx";
    static final String INDEX_DEFINITION = "create index " + INDEX + " on community"
            + " using gin ((coalesce(search_words, ' ' || search_name)) gin_trgm_ops)";

    /** A whole rare word, the start of a rare word, a common start, and two words together. */
    static final List<String> QUERIES = List.of("nikaka", "nika", "ma", "nikaka ma");

    static final int RUNS = Integer.getInteger("bench.runs", 25);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Test
    void searchWithoutAndWithTheTrigramIndex() throws Exception {
        int count = Integer.getInteger("bench.count", 100_000);
        FreshQuzland.importInto(jdbc, jobs);
        TestAccounts.create(jdbc, "bench-national", "synthetic-bench-pass-1", Role.NATIONAL_COORDINATOR, "QZ");
        TestAccounts.create(jdbc, "bench-district", "synthetic-bench-pass-2", Role.DISTRICT_COORDINATOR, "QZ0101");
        long seeding = System.nanoTime();
        ManyCommunities.add(jdbc, 0, count);
        seeding = (System.nanoTime() - seeding) / 1_000_000;
        List<RequestPostProcessor> readers = List.of(
                TestAccounts.as("bench-national", Role.NATIONAL_COORDINATOR),
                TestAccounts.as("bench-district", Role.DISTRICT_COORDINATOR));
        List<String> readerNames = List.of("national (QZ)", "district (QZ0101)");

        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "# Search bench (communities, PostgreSQL)%n%n- %,d communities (seeded in %d ms); load average at the"
                        + " start %s%n- each figure: %d requests to `GET /api/v1/search?kind=COMMUNITY&q=…` through"
                        + " MockMvc after 3 of warm-up, median and 95th percentile in ms%n%n"
                        + "| query | reader | hits | without index p50 | p95 | with index p50 | p95 | ratio p50 |"
                        + " plan with index |%n|---|---|---:|---:|---:|---:|---:|---:|---|%n",
                count,
                seeding,
                loadAverage(),
                RUNS));
        jdbc.sql("drop index " + INDEX).update();
        jdbc.sql("analyze community").update();
        double[][][] without = measure(readers);
        jdbc.sql(INDEX_DEFINITION).update();
        jdbc.sql("analyze community").update();
        double[][][] with = measure(readers);
        for (int q = 0; q < QUERIES.size(); q++) {
            for (int r = 0; r < readers.size(); r++) {
                report.append(String.format(
                        Locale.ROOT,
                        "| `%s` | %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f× | %s |%n",
                        QUERIES.get(q),
                        readerNames.get(r),
                        (long) with[q][r][2],
                        without[q][r][0],
                        without[q][r][1],
                        with[q][r][0],
                        with[q][r][1],
                        without[q][r][0] / with[q][r][0],
                        plan(QUERIES.get(q))));
            }
        }
        report.append(String.format(Locale.ROOT, "%n- load average at the end %s%n", loadAverage()));
        Files.writeString(Path.of(System.getProperty("bench.out", "target/search.md")), report.toString());
        CommunityTables.clear(jdbc);
    }

    /** For each query and reader: {p50 ms, p95 ms, hits}. */
    private double[][][] measure(List<RequestPostProcessor> readers) throws Exception {
        double[][][] figures = new double[QUERIES.size()][readers.size()][];
        for (int q = 0; q < QUERIES.size(); q++) {
            for (int r = 0; r < readers.size(); r++) {
                long hits = 0;
                for (int i = 0; i < 3; i++) {
                    hits = search(QUERIES.get(q), readers.get(r));
                }
                double[] times = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    search(QUERIES.get(q), readers.get(r));
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(times);
                figures[q][r] = new double[] {times[RUNS / 2], times[(int) Math.ceil(RUNS * 0.95) - 1], hits};
            }
        }
        return figures;
    }

    private long search(String q, RequestPostProcessor reader) throws Exception {
        var result = mvc.get()
                .uri("/api/v1/search")
                .param("kind", "COMMUNITY")
                .param("q", q)
                .with(reader)
                .exchange();
        assertThat(result).hasStatusOk();
        Number total = JsonPath.read(
                result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.groups[0].hits.totalItems");
        return total.longValue();
    }

    /** The access path of the community search for the word, as the planner chooses it now (national reader). */
    private String plan(String q) {
        List<String> clauses = new ArrayList<>();
        for (String word : q.split(" ")) {
            clauses.add("coalesce(c.search_words, ' ' || c.search_name) like '% " + word + "%'");
        }
        List<String> lines = jdbc.sql("explain select c.id from community c where " + String.join(" and ", clauses)
                        + " order by c.search_name, c.id limit 20")
                .query(String.class)
                .list();
        return lines.stream()
                .filter(l -> l.contains("Scan"))
                .map(l -> l.strip().replaceAll("^->\\s*", "").replaceAll("\\s+\\(cost.*", ""))
                .reduce((a, b) -> a + "; " + b)
                .orElse("?");
    }

    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (Exception e) {
            return "?";
        }
    }
}
