package org.harambee.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.harambee.FreshQuzland;
import org.harambee.Nodes;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.importing.ImportJobs;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the tests that kill nodes under sync load start from: Quzland, a facilitator of Hill province, Kpetema. */
final class SyncLoadFixtures {

    private SyncLoadFixtures() {}

    /** A fresh Quzland with the facilitator; answers Kpetema's id. */
    static UUID kpetemaWithFacilitator(JdbcClient jdbc, ImportJobs jobs, String username, String password) {
        FreshQuzland.importInto(jdbc, jobs);
        TestAccounts.create(jdbc, username, password, Role.COMMUNITY_FACILITATOR, "QZ01");
        return CommunityTables.community(jdbc, "Kpetema", "QZ010101");
    }

    /**
     * The clients send again what got no answer, with the same client ids, as the offline app does; then every
     * acknowledged record is stored exactly once (one server record per client id, as many meetings as
     * acknowledgements), the resent ones included. Answers how many were resent.
     */
    static int resendAndCheckExactlyOnce(
            JdbcClient jdbc,
            int port,
            String username,
            String password,
            UUID community,
            Collection<List<UUID>> unanswered,
            Set<UUID> acknowledged)
            throws InterruptedException {
        List<UUID> resent = new ArrayList<>();
        for (List<UUID> batch : unanswered) {
            resent.addAll(batch);
            for (int attempt = 0; !Nodes.sync(port, username, password, community, batch, acknowledged); attempt++) {
                assertThat(attempt).as("a resent batch is taken").isLessThan(20);
                Thread.sleep(500);
            }
        }
        assertThat(acknowledged).containsAll(resent);
        long meetings = jdbc.sql("select count(*) from community_meeting where community_id = ?")
                .param(community)
                .query(Long.class)
                .single();
        long kept = jdbc.sql("select count(*) from sync_client_id where username = ? and server_id is not null")
                .param(username)
                .query(Long.class)
                .single();
        assertThat(kept).as("one server record per client id").isEqualTo(acknowledged.size());
        assertThat(meetings)
                .as("every acknowledged meeting once (%d resent)", resent.size())
                .isEqualTo(acknowledged.size());
        return resent.size();
    }
}
