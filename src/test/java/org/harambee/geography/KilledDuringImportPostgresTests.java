package org.harambee.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.harambee.FreshQuzland;
import org.harambee.Nodes;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 during an import: a separate application process on the PostgreSQL test database is importing a boundary
 * file of 120,000 villages when it is killed (SIGKILL) while writing; started again, it has failed the job, removed the
 * upload it left in its work folder, and the places are as they were before the upload, not one unit more.
 */
@org.harambee.OnPostgres
@SpringBootTest
class KilledDuringImportPostgresTests {

    static final String ADMIN = "kill-import-admin";
    static final String PASSWORD = "synthetic-import-pass-1";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Test
    void theJobFailsTheUploadGoesAndThePlacesAreUnchanged() throws Exception {
        FreshQuzland.importInto(jdbc, jobs);
        TestAccounts.create(jdbc, ADMIN, PASSWORD, Role.ADMINISTRATOR, "QZ");
        long units = count("select count(*) from geo_unit");
        long names = count("select count(*) from geo_unit_name");

        int port = Nodes.freePort();
        Path uploads = Path.of("target/work-node-" + port, "imports");
        Process node = Nodes.start(port);
        try {
            Nodes.awaitReady(port, node);
            UUID job = upload(port, zedland(120_000));
            Instant until = Instant.now().plusSeconds(120);
            JsonNode seen = status(port, job);
            while (!seen.get("phase").asString().equals("WRITING")
                    && Instant.now().isBefore(until)) {
                assertThat(seen.get("status").asString())
                        .as("the job runs: %s", seen)
                        .isIn("QUEUED", "RUNNING");
                Thread.sleep(20);
                seen = status(port, job);
            }
            assertThat(seen.get("phase").asString())
                    .as("the import reached its writing")
                    .isEqualTo("WRITING");
            node.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
            assertThat(files(uploads)).as("the upload the killed import left").isPositive();

            node = Nodes.start(port);
            Nodes.awaitReady(port, node);

            JsonNode after = status(port, job);
            assertThat(after.get("status").asString()).isEqualTo("FAILED");
            assertThat(after.get("problems").toString()).contains("server stopped");
            assertThat(files(uploads)).as("files left in the work folder").isZero();
            assertThat(count("select count(*) from geo_unit")).isEqualTo(units);
            assertThat(count("select count(*) from geo_unit_name")).isEqualTo(names);
            assertThat(count("select count(*) from geo_unit where pcode like 'ZD%'"))
                    .isZero();
        } finally {
            node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static long files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }

    /** A synthetic country, Zedland: 10 provinces, 40 districts each, {@code villages} villages in all. */
    static byte[] zedland(int villages) {
        StringBuilder csv =
                new StringBuilder("ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,ADM2_EN,ADM2_PCODE,ADM3_EN,ADM3_PCODE\n");
        int perDistrict = villages / 400;
        for (int p = 0; p < 10; p++) {
            for (int d = 0; d < 40; d++) {
                for (int v = 0; v < perDistrict; v++) {
                    String province = String.format("ZD%02d", p);
                    String district = province + String.format("%02d", d);
                    csv.append("Zedland,ZD,Province ")
                            .append(p)
                            .append(',')
                            .append(province)
                            .append(",District ")
                            .append(p)
                            .append('-')
                            .append(d)
                            .append(',')
                            .append(district)
                            .append(",Village ")
                            .append(p)
                            .append('-')
                            .append(d)
                            .append('-')
                            .append(v)
                            .append(',')
                            .append(district)
                            .append(String.format("%03d", v))
                            .append('\n');
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static UUID upload(int port, byte[] file) throws Exception {
        String boundary = "----harambee" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"zedland.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = Nodes.HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/units/imports"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Authorization", Nodes.basic(ADMIN, PASSWORD))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        return UUID.fromString(JSON.readTree(answer.body()).get("id").asString());
    }

    private static JsonNode status(int port, UUID job) throws Exception {
        HttpResponse<String> answer = Nodes.HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/units/imports/" + job))
                        .timeout(Duration.ofSeconds(20))
                        .header("Authorization", Nodes.basic(ADMIN, PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
