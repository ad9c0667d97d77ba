package org.harambee.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
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
import org.harambee.Nodes;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    @Test
    void nothingAcknowledgedIsLostOrDoubledWhenTheProcessIsKilled() throws Exception {
        UUID kpetema = SyncLoadFixtures.kpetemaWithFacilitator(jdbc, jobs, FACILITATOR, PASSWORD);

        int port = Nodes.freePort();
        Process node = Nodes.start(port);
        try {
            Nodes.awaitReady(port, node);
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
                        if (!Nodes.sync(port, FACILITATOR, PASSWORD, kpetema, batch, acknowledged)) {
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

            node = Nodes.start(port);
            Nodes.awaitReady(port, node);
            assertThat(failures.get()).as("batches cut off by the kill").isPositive();
            int resent = SyncLoadFixtures.resendAndCheckExactlyOnce(
                    jdbc, port, FACILITATOR, PASSWORD, kpetema, unanswered, acknowledged);
            assertThat(acknowledged.size())
                    .as("%d before the kill, %d resent", before, resent)
                    .isGreaterThan(0);
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
}
