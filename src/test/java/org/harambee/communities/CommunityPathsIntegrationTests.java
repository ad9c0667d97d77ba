package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJob;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** A boundary import that moves a district carries the paths of its communities and clusters along. */
@SpringBootTest
@AutoConfigureMockMvc
class CommunityPathsIntegrationTests extends QuzlandCommunities {

    @Test
    void communitiesUnderAMovedDistrictFollowItAndOthersStay() throws InterruptedException {
        UUID largo = CommunityTables.community(jdbc, "Largo", "QZ010201");
        UUID kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        String kpetemaPath = unitPath("QZ010101");
        String oldPath = unitPath("QZ010201");

        ImportJob moved = ImportJobsAwait.importFile(jobs, "birch-moved.csv", BoundaryFiles.quzlandBirchMovedCsv());

        assertThat(moved.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
        String newPath = unitPath("QZ010201");
        assertThat(newPath).isNotEqualTo(oldPath).startsWith(unitPath("QZ02"));
        awaitPath(largo, newPath);
        assertThat(path(kpetema)).isEqualTo(kpetemaPath);
    }

    private void awaitPath(UUID community, String expected) throws InterruptedException {
        await().atMost(Duration.ofSeconds(20)).until(() -> expected.equals(path(community)));
        assertThat(path(community)).isEqualTo(expected);
    }

    private String path(UUID community) {
        return jdbc.sql("select unit_path from community where id = ?")
                .param(community)
                .query(String.class)
                .single();
    }
}
