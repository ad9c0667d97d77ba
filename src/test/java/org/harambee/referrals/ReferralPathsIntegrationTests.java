package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJob;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** A boundary import that moves a district carries the paths of its communities' referrals along. */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralPathsIntegrationTests extends QuzlandReferrals {

    @Test
    void referralsUnderAMovedDistrictFollowItAndOthersStay() throws InterruptedException {
        UUID largo = CommunityTables.community(jdbc, "Largo", "QZ010201");
        UUID moving = ReferralFixtures.referral(jdbc, FACILITATOR, largo, amberWelfare, "SENT");
        UUID staying = ReferralFixtures.referral(jdbc, FACILITATOR, kpetema, amberWelfare, "SENT");
        String stayingPath = path(staying);

        ImportJob moved = ImportJobsAwait.importFile(jobs, "birch-moved.csv", BoundaryFiles.quzlandBirchMovedCsv());

        assertThat(moved.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
        String newPath = jdbc.sql("select path from geo_unit where pcode = 'QZ010201'")
                .query(String.class)
                .single();
        await().atMost(Duration.ofSeconds(20)).until(() -> newPath.equals(path(moving)));
        assertThat(path(moving)).isEqualTo(newPath);
        assertThat(path(staying)).isEqualTo(stayingPath);
    }

    private String path(UUID referral) {
        return jdbc.sql("select unit_path from referral where id = ?")
                .param(referral)
                .query(String.class)
                .single();
    }
}
