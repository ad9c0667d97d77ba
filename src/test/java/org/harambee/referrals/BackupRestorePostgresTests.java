package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.HarambeeApplication;
import org.harambee.access.AuditTrail;
import org.harambee.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backup procedure of docs/operations.md, tested: {@code pg_dump} of the running system's database, restored with
 * {@code pg_restore} into a fresh database, and the application started on it with the same configuration. The
 * restored audit trail verifies, a child's sealed identity opens with the configured keys, and the dump holds neither
 * the identity in clear nor the keys (they are kept apart from the database backup).
 */
@org.harambee.OnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class BackupRestorePostgresTests extends QuzlandReferrals {

    static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+).*");

    @TempDir
    Path dir;

    @org.springframework.beans.factory.annotation.Autowired
    AuditTrail audit;

    @Test
    void aDumpRestoredIntoAFreshDatabaseVerifiesAndOpensWithTheKeys() throws Exception {
        UUID id = drafted("SOCIAL_WELFARE", "NORMAL");
        assertThat(get("/api/v1/referrals/" + id + "/identity", FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatus(200);

        // the lines of these actions sealed into the chain before the dump
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> audit.verify().unsealed() == 0);

        Matcher url = URL.matcher(System.getenv("HARAMBEE_TEST_POSTGRES_URL"));
        assertThat(url.matches()).as("a PostgreSQL JDBC URL").isTrue();
        String host = url.group(1);
        String port = url.group(2) == null ? "5432" : url.group(2);
        String database = url.group(3);
        String user = env("HARAMBEE_TEST_POSTGRES_USER", "postgres");
        String password = env("HARAMBEE_TEST_POSTGRES_PASSWORD", "");
        String restored = database + "_restored";

        Path dump = dir.resolve("harambee.dump");
        run(password, "pg_dump", "-Fc", "-h", host, "-p", port, "-U", user, "-d", database, "-f", dump.toString());
        Path sql = dir.resolve("harambee.sql");
        run(password, "pg_restore", "-f", sql.toString(), dump.toString());
        String text = Files.readString(sql, StandardCharsets.UTF_8);
        assertThat(text).as("the dump is of this database").contains("CREATE TABLE public.referral ");
        assertThat(text).as("no identity in clear").doesNotContain(CHILD_NAME);
        for (String key : List.of(
                "c3ludGhldGljLXRlc3Qta2V5LTMyLWJ5dGVzLWxvbmc=",
                "YW5vdGhlci1zeW50aGV0aWMta2V5LTMyLWJ5dGVzISE=",
                "c3ludGhldGljLWF1ZGl0LWtleS0zMi1ieXRlcy1sb25nISE=")) {
            assertThat(text).as("no referral key").doesNotContain(key);
            assertThat(text).doesNotContain(hex(Base64.getDecoder().decode(key)));
        }

        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, user, password);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + restored);
            s.execute("create database " + restored);
        }
        run(password, "pg_restore", "--no-owner", "-h", host, "-p", port, "-U", user, "-d", restored, dump.toString());

        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(HarambeeApplication.class)
                .run(
                        "--spring.datasource.url=jdbc:postgresql://" + host + ":" + port + "/" + restored,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--server.port=0",
                        "--management.server.port=",
                        "--harambee.work-dir=./target/work-restored")) {
            AuditTrail.Verification verification =
                    node.getBean(AuditTrail.class).verify();
            assertThat(verification.intact())
                    .as("the restored audit trail verifies: %s", verification)
                    .isTrue();
            assertThat(verification.checked()).isPositive();

            int restoredPort = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> identity = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + restoredPort + "/api/v1/referrals/"
                                            + id + "/identity"))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString((FACILITATOR + ":" + PASSWORD)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(identity.statusCode()).as(identity.body()).isEqualTo(200);
            assertThat(identity.body()).contains(CHILD_NAME);
        } finally {
            try (Connection c = DriverManager.getConnection(admin, user, password);
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + restored + " with (force)");
            } catch (SQLException e) {
                // left for the next run's drop
            }
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x", b));
        }
        return s.toString();
    }

    private static void run(String password, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true);
        if (!password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(command[0] + ": " + new String(output, StandardCharsets.UTF_8))
                .isZero();
    }
}
