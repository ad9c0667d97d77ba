package org.harambee.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.harambee.OnPostgres;
import org.junit.jupiter.api.Test;

/**
 * The same tests against PostgreSQL, and two replays of one batch at the same moment: the second waits on the first's
 * client ids and finds them, so each record is created once and every result is created or already had.
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
}
