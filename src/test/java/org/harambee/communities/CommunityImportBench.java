package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.ImportJobsAwait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bench of bench/imports.sh (not a test: it runs only when asked, on PostgreSQL): N communities (50,000) at 5,000
 * villages imported from an XLSX file through the API and the whole import machinery, against a plain batched insert
 * of the same rows into the same table in the same run; the heap left after each collection is sampled throughout.
 * Writes its figures to {@code bench.out}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "harambee.bench.imports", matches = "true")
class CommunityImportBench extends QuzlandCommunities {

    static final int VILLAGES = 5_000;

    @Autowired
    JdbcTemplate template;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void importAgainstAPlainBatchedInsert() throws Exception {
        int count = Integer.getInteger("bench.count", 50_000);
        villages();
        List<String[]> rows = rows(count);
        byte[] xlsx = workbook(rows);

        long plain = plainInsert(rows);
        jdbc.sql("delete from community").update();
        template.execute("analyze");

        AtomicLong peak = new AtomicLong();
        Thread sampler = sampler(peak);
        System.gc();
        sampler.start();
        long start = System.nanoTime();
        MvcTestResult submitted = mvc.post()
                .uri("/api/v1/record-imports/communities")
                .multipart()
                .file(new MockMultipartFile("file", "communities.xlsx", "application/octet-stream", xlsx))
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .exchange();
        assertThat(submitted).hasStatus(HttpStatus.ACCEPTED);
        String id = JsonPath.read(submitted.getResponse().getContentAsString(), "$.id");
        String job = awaitJob(id);
        long took = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        assertThat(JsonPath.<String>read(job, "$.status")).as(job).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(job, "$.created")).isEqualTo(count);

        long again = System.nanoTime();
        String second = awaitJob(JsonPath.read(
                mvc.post()
                        .uri("/api/v1/record-imports/communities")
                        .multipart()
                        .file(new MockMultipartFile("file", "communities.xlsx", "application/octet-stream", xlsx))
                        .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                        .exchange()
                        .getResponse()
                        .getContentAsString(),
                "$.id"));
        long reimport = (System.nanoTime() - again) / 1_000_000;
        assertThat(JsonPath.<Integer>read(second, "$.unchanged")).isEqualTo(count);

        String report = String.format(
                Locale.ROOT,
                "# Community import bench (PostgreSQL)%n%n"
                        + "| communities | XLSX | plain batched insert | import through the API | ratio | re-import"
                        + " (nothing changed) | heap limit | largest heap after GC |%n|---|---|---|---|---|---|---|---|%n"
                        + "| %,d | %,d KB | %,d ms | %,d ms | %.2f× | %,d ms | %d MB | %d MB |%n",
                count,
                xlsx.length >> 10,
                plain,
                took,
                (double) took / plain,
                reimport,
                Runtime.getRuntime().maxMemory() >> 20,
                peak.get() >> 20);
        Files.writeString(Path.of(System.getProperty("bench.out", "target/imports.md")), report);
    }

    /** 5,000 villages under Amber North, by a boundary file as an administrator would bring them. */
    private void villages() {
        StringBuilder csv =
                new StringBuilder("ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,ADM2_EN,ADM2_PCODE,ADM3_EN,ADM3_PCODE,"
                        + "ADM4_EN,ADM4_PCODE\n");
        for (int i = 1; i <= VILLAGES; i++) {
            csv.append(String.format(
                    Locale.ROOT,
                    "Quzland,QZ,Hill Province,QZ01,Amber,QZ0101,Amber North,QZ010101,Village %04d,QZ010101%04d%n",
                    i,
                    i));
        }
        assertThat(ImportJobsAwait.importFile(
                                jobs, "villages.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                        .status()
                        .name())
                .isEqualTo("SUCCEEDED");
    }

    private static List<String[]> rows(int count) {
        List<String[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int village = i % VILLAGES + 1;
            rows.add(new String[] {
                String.format(Locale.ROOT, "QZ010101%04d", village),
                String.format(Locale.ROOT, "Synthetic community %06d", i),
                Integer.toString(300 + i % 900),
                Integer.toString(100 + i % 200)
            });
        }
        return rows;
    }

    private static byte[] workbook(List<String[]> rows) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("communities");
            String[] header = {"pcode", "name", "population_total", "population_children"};
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] values = rows.get(r);
                row.createCell(0).setCellValue(values[0]);
                row.createCell(1).setCellValue(values[1]);
                row.createCell(2).setCellValue(Integer.parseInt(values[2]));
                row.createCell(3).setCellValue(Integer.parseInt(values[3]));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    /** The baseline: the same rows into the same table, batches of 1,000 in one transaction, places looked up once. */
    private long plainInsert(List<String[]> rows) {
        long start = System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            java.util.Map<String, Object[]> units = new java.util.HashMap<>();
            template.query(
                    "select pcode, id, path from geo_unit where pcode like 'QZ010101%' and length(pcode) = 12",
                    rs -> {
                        units.put(rs.getString(1), new Object[] {rs.getObject(2, UUID.class), rs.getString(3)});
                    });
            Timestamp now = Timestamp.from(Instant.now());
            List<Object[]> batch = new ArrayList<>(1000);
            for (String[] row : rows) {
                Object[] unit = units.get(row[0]);
                batch.add(new Object[] {
                    UUID.randomUUID(),
                    row[1],
                    row[1].toLowerCase(Locale.ROOT),
                    unit[0],
                    unit[1],
                    Long.parseLong(row[2]),
                    Long.parseLong(row[3]),
                    "AGENCY_INITIATED",
                    "bench",
                    now,
                    now
                });
                if (batch.size() == 1000) {
                    insert(batch);
                    batch.clear();
                }
            }
            insert(batch);
        });
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void insert(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            template.batchUpdate(
                    "insert into community (id, name, search_name, unit_id, unit_path, population_total,"
                            + " population_children, origin, created_by, created_at, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    batch);
        }
    }

    private String awaitJob(String id) throws Exception {
        while (true) {
            String body = mvc.get()
                    .uri("/api/v1/record-imports/jobs/" + id)
                    .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                    .exchange()
                    .getResponse()
                    .getContentAsString();
            String status = JsonPath.read(body, "$.status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return body;
            }
            Thread.sleep(200);
        }
    }

    private static Thread sampler(AtomicLong peak) {
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .toList();
        return new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(
                        pools.stream()
                                .mapToLong(p -> p.getCollectionUsage().getUsed())
                                .sum(),
                        Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }
}
