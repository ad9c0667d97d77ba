package org.harambee;

import org.harambee.capacity.CapacityTables;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.referrals.ReferralFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A database emptied of referrals, trainings, communities and places, and Quzland imported into it. */
public final class FreshQuzland {

    private FreshQuzland() {}

    public static void importInto(JdbcClient jdbc, ImportJobs jobs) {
        jdbc.sql("delete from sync_client_id").update();
        ReferralFixtures.clear(jdbc);
        CapacityTables.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
    }
}
