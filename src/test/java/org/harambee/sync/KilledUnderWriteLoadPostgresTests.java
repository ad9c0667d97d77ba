package org.harambee.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.capacity.CapacityTables;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.referrals.ReferralFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 under write load: a separate application process on the PostgreSQL test database takes offline-sync batches
 * from eight clients that keep every acknowledged record; it is killed (SIGKILL) mid-stream and started again, and the
 * clients resend what was not acknowledged, as the offline app does. Every acknowledged record is there exactly once,
 * and so is every record sent again after the kill.
 */
@org.harambee.OnPostgres
@SpringBootTest
class KilledUnderWriteLoadPostgresTests {

    static final String FACILITATOR = "kill-sync-facilitator";
    static final String PASSWORD = "synthetic-sync-pass-1";
    static final int CLIENTS = 8;
    static final int BATCH = 5;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void nothingAcknowledgedIsLostOrDoubledWhenTheProcessIsKilled() throws Exception {
        jdbc.sql("delete from sync_client_id").update();
        ReferralFixtures.clear(jdbc);
        CapacityTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ01");
        UUID kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");

        int port = freePort();
        Process node = start(port);
        try {
            awaitReady(port, node);
            Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
            ConcurrentLinkedQueue<List<UUID>> unanswered = new ConcurrentLinkedQueue<>();
            AtomicBoolean sending = new AtomicBoolean(true);
            AtomicLong failures = new AtomicLong();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    while (sending.get()) {
                        List<UUID> batch = new ArrayList<>();
                        for (int i = 0; i < BATCH; i++) {
                            batch.add(UUID.randomUUID());
                        }
                        if (!send(port, kpetema, batch, acknowledged)) {
                            failures.incrementAndGet();
                            unanswered.add(batch);
                        }
                    }
                    return null;
                });
            }
            // mid-stream: once some records were acknowledged
            Instant until = Instant.now().plusSeconds(60);
            while (acknowledged.size() < 100 && Instant.now().isBefore(until)) {
                Thread.sleep(50);
            }
            assertThat(acknowledged).as("records taken before the kill").hasSizeGreaterThanOrEqualTo(100);
            node.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
            Thread.sleep(500);
            sending.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            long before = acknowledged.size();

            node = start(port);
            awaitReady(port, node);
            // the clients send again what got no answer, with the same client ids
            List<UUID> resent = new ArrayList<>();
            for (List<UUID> batch : unanswered) {
                resent.addAll(batch);
                for (int attempt = 0; !send(port, kpetema, batch, acknowledged); attempt++) {
                    assertThat(attempt).as("a resent batch is taken").isLessThan(20);
                    Thread.sleep(500);
                }
            }

            assertThat(failures.get()).as("batches cut off by the kill").isPositive();
            assertThat(acknowledged).containsAll(resent);
            long meetings = jdbc.sql("select count(*) from community_meeting where community_id = ?")
                    .param(kpetema)
                    .query(Long.class)
                    .single();
            long kept = jdbc.sql("select count(*) from sync_client_id where username = ?")
                    .param(FACILITATOR)
                    .query(Long.class)
                    .single();
            assertThat(kept).as("one server record per client id").isEqualTo(acknowledged.size());
            assertThat(meetings)
                    .as("every acknowledged meeting once (%d before the kill, %d resent)", before, resent.size())
                    .isEqualTo(acknowledged.size());
            for (UUID id : acknowledged) {
                assertThat(jdbc.sql("select count(*) from sync_client_id where client_id = ? and server_id is not null")
                                .param(id)
                                .query(Long.class)
                                .single())
                        .as("acknowledged %s", id)
                        .isOne();
            }
        } finally {
            node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Sends a batch of meetings; true when every record was answered as taken (created or already had). */
    private boolean send(int port, UUID community, List<UUID> batch, Set<UUID> acknowledged) {
        StringBuilder body = new StringBuilder("{\"changes\":[");
        for (int i = 0; i < batch.size(); i++) {
            body.append(i == 0 ? "" : ",")
                    .append("{\"clientId\":\"")
                    .append(batch.get(i))
                    .append("\",\"type\":\"MEETING\",\"payload\":{\"communityId\":\"")
                    .append(community)
                    .append("\",\"type\":\"COMMUNITY_MEETING\",\"heldOn\":\"2026-11-24\",\"girls\":3,\"boys\":2,")
                    .append("\"women\":1,\"men\":1,\"facilitation\":\"COMMUNITY\"}}");
        }
        body.append("]}");
        try {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sync"))
                            .timeout(Duration.ofSeconds(20))
                            .header("Content-Type", "application/json")
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString((FACILITATOR + ":" + PASSWORD)
                                                            .getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return false;
            }
            boolean all = true;
            for (JsonNode result : json.readTree(answer.body()).get("results")) {
                String outcome = result.get("outcome").asString();
                if (outcome.equals("created") || outcome.equals("already_had")) {
                    acknowledged.add(UUID.fromString(result.get("clientId").asString()));
                } else {
                    all = false;
                }
            }
            return all;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Process start(int port) throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.harambee.HarambeeApplication",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--management.server.port=",
                "--spring.datasource.url=" + System.getenv("HARAMBEE_TEST_POSTGRES_URL"),
                "--spring.datasource.username=" + env("HARAMBEE_TEST_POSTGRES_USER", "postgres"),
                "--spring.datasource.password=" + env("HARAMBEE_TEST_POSTGRES_PASSWORD", ""),
                "--harambee.work-dir=./target/work-killed",
                "--logging.level.root=WARN");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/killed-under-load-" + port + ".log"))
                .start();
    }

    private void awaitReady(int port, Process node) throws Exception {
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            assertThat(node.isAlive())
                    .as("the node runs (see target/killed-under-load-*.log)")
                    .isTrue();
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the node did not become ready within 120 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
