package org.harambee.sync;

import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.capacity.CapacityTables;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.referrals.ReferralFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the tests that kill nodes under sync load start from: Quzland, a facilitator of Hill province, Kpetema. */
final class SyncLoadFixtures {

    private SyncLoadFixtures() {}

    /** A fresh Quzland with the facilitator; answers Kpetema's id. */
    static UUID kpetemaWithFacilitator(JdbcClient jdbc, ImportJobs jobs, String username, String password) {
        jdbc.sql("delete from sync_client_id").update();
        ReferralFixtures.clear(jdbc);
        CapacityTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, username, password, Role.COMMUNITY_FACILITATOR, "QZ01");
        return CommunityTables.community(jdbc, "Kpetema", "QZ010101");
    }
}
