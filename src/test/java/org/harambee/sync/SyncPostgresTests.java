package org.harambee.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import org.harambee.OnPostgres;
import org.junit.jupiter.api.Test;

/**
 * The same tests against PostgreSQL, two replays of one batch at the same moment (the second waits on the first's
 * client ids and finds them, so each record is created once and every result is created or already had), and a batch
 * whose connection the database ends mid-way (as a restart does): 503 with Retry-After, nothing taken, all of it taken
 * when sent again.
 */
@OnPostgres
class SyncPostgresTests extends SyncIntegrationTests {

    @Test
    void twoConcurrentReplaysOfABatchCreateEachRecordOnce() throws Exception {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            changes.add(SyncFixtures.meeting(UUID.randomUUID(), kpetema, 1 + i));
        }
        String sent = SyncFixtures.batch(changes);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<List<String>>> replays = new ArrayList<>();
        for (int thread = 0; thread < 2; thread++) {
            replays.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return outcomes(sync(FACILITATOR, sent));
            }));
        }
        List<String> all = new ArrayList<>();
        for (CompletableFuture<List<String>> replay : replays) {
            all.addAll(replay.get());
        }

        assertThat(count("community_meeting")).isEqualTo(50);
        assertThat(all).hasSize(100).containsOnly("created", "already_had");
        assertThat(all.stream().filter("created"::equals)).hasSize(50);
    }

    @Test
    void aBatchWhoseConnectionTheDatabaseEndsIsAnswered503AndTakenWhenSentAgain() {
        UUID failing = UUID.randomUUID();
        AtomicBoolean ended = new AtomicBoolean();
        doAnswer(call -> {
                    if (ended.compareAndSet(false, true)) {
                        // the batch's own connection, ended by the server as a restart ends it
                        jdbc.sql("select pg_terminate_backend(pg_backend_pid())")
                                .query()
                                .singleValue();
                    }
                    return call.callRealMethod();
                })
                .when(applying)
                .apply(argThat(c -> c != null && failing.equals(c.clientId())), any(), any());
        String sent = SyncFixtures.batch(
                SyncFixtures.meeting(UUID.randomUUID(), kpetema, 3),
                SyncFixtures.meeting(failing, kpetema, 4),
                SyncFixtures.meeting(UUID.randomUUID(), kpetema, 5));

        assertUnavailable(post(sent));
        assertThat(count("community_meeting")).isZero();
        assertThat(count("sync_client_id")).isZero();

        assertThat(outcomes(sync(FACILITATOR, sent))).containsExactly("created", "created", "created");
        assertThat(count("community_meeting")).isEqualTo(3);
    }
}
