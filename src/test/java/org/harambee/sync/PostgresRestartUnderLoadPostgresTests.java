package org.harambee.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.harambee.Nodes;
import org.harambee.PrivatePostgres;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL restarted under write load: a node on a cluster of the test's own takes offline-sync batches from four
 * clients; the cluster is stopped (every connection cut), held down, and started again. While it is down, sync
 * answers "try again" (503 with {@code Retry-After}, or a record's {@code retry}), never refuses a record; within 5 s of
 * the database accepting connections the node takes batches again by itself; and every acknowledged record is there
 * exactly once, as is every record the clients send again.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@EnabledIfEnvironmentVariable(
        named = "HARAMBEE_TEST_POSTGRES_URL",
        matches = ".+",
        disabledReason = "PostgreSQL tests are off: set HARAMBEE_TEST_POSTGRES_URL to a JDBC URL to run them")
class PostgresRestartUnderLoadPostgresTests {

    static final String FACILITATOR = "restart-sync-facilitator";
    static final String PASSWORD = "synthetic-sync-pass-1";
    static final int CLIENTS = 4;
    static final int BATCH = 5;
    static final Duration DOWN = Duration.ofSeconds(4);
    static final Duration RECOVERY = Duration.ofSeconds(5);

    static PrivatePostgres cluster;

    @DynamicPropertySource
    static void privateCluster(DynamicPropertyRegistry registry) throws Exception {
        if (cluster == null) {
            cluster = PrivatePostgres.start();
        }
        registry.add("spring.datasource.url", cluster::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void removeCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Test
    void syncIsToldToRetryWhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        UUID kpetema = SyncLoadFixtures.kpetemaWithFacilitator(jdbc, jobs, FACILITATOR, PASSWORD);
        int port = Nodes.freePort();
        Process node = Nodes.start(port, cluster.url());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            Nodes.awaitReady(port, node);
            Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
            ConcurrentLinkedQueue<List<UUID>> unanswered = new ConcurrentLinkedQueue<>();
            Map<String, Long> answers = new ConcurrentHashMap<>();
            AtomicBoolean sending = new AtomicBoolean(true);
            AtomicReference<Instant> back = new AtomicReference<>();
            AtomicReference<Instant> firstTakenAfter = new AtomicReference<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    while (sending.get()) {
                        List<UUID> batch = new ArrayList<>();
                        for (int i = 0; i < BATCH; i++) {
                            batch.add(UUID.randomUUID());
                        }
                        Nodes.SyncAnswer answer = Nodes.syncAnswer(port, FACILITATOR, PASSWORD, kpetema, batch);
                        answer.outcomes().forEach((id, outcome) -> {
                            answers.merge(outcome, 1L, Long::sum);
                            if (outcome.equals("created") || outcome.equals("already_had")) {
                                acknowledged.add(id);
                            }
                        });
                        answers.merge("HTTP " + answer.status(), 1L, Long::sum);
                        if (answer.taken()) {
                            Instant up = back.get();
                            if (up != null) {
                                firstTakenAfter.compareAndSet(null, Instant.now());
                            }
                        } else {
                            unanswered.add(batch);
                            Thread.sleep(100); // a client backs off before its next call
                        }
                    }
                    return null;
                });
            }
            Instant until = Instant.now().plusSeconds(60);
            while (acknowledged.size() < 50 && Instant.now().isBefore(until)) {
                Thread.sleep(50);
            }
            assertThat(acknowledged).as("records taken before the restart").hasSizeGreaterThanOrEqualTo(50);

            cluster.down();
            Thread.sleep(DOWN.toMillis());
            cluster.up();
            back.set(Instant.now());
            Instant deadline = back.get().plus(RECOVERY).plusSeconds(10);
            while (firstTakenAfter.get() == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            sending.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            assertThat(firstTakenAfter.get())
                    .as("a batch taken again after the database came back (answers: %s)", answers)
                    .isNotNull();
            System.out.printf(
                    "PostgreSQL restart: down %s, first batch taken %d ms after it was back; answers %s%n",
                    DOWN, Duration.between(back.get(), firstTakenAfter.get()).toMillis(), answers);
            assertThat(Duration.between(back.get(), firstTakenAfter.get()))
                    .as("recovered within %s of the database", RECOVERY)
                    .isLessThan(RECOVERY);
            assertThat(answers)
                    .as("nothing refused while the database was down")
                    .doesNotContainKeys("rejected", "conflict", "HTTP 500", "HTTP 400");
            assertThat(answers.getOrDefault("HTTP 503", 0L) + answers.getOrDefault("retry", 0L))
                    .as("told to retry while the database was down (answers: %s)", answers)
                    .isPositive();

            SyncLoadFixtures.resendAndCheckExactlyOnce(
                    jdbc, port, FACILITATOR, PASSWORD, kpetema, unanswered, acknowledged);
        } finally {
            clients.shutdownNow();
            node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
