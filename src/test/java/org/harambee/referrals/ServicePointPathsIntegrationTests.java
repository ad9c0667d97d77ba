package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A boundary import that moves a district carries the paths of its service points, their areas and the routes set
 * there along, so that routing and scope checks follow the move.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServicePointPathsIntegrationTests extends QuzlandServicePoints {

    @Autowired
    ServicePoints servicePoints;

    @Test
    void servicePointsAreasAndRoutesUnderAMovedDistrictFollowItAndOthersStay() throws InterruptedException {
        UUID birch = ServicePointTables.servicePoint(
                jdbc, "Birch welfare office", ServiceCategory.SOCIAL_WELFARE, "QZ010201");
        UUID amber =
                ServicePointTables.servicePoint(jdbc, "Amber welfare office", ServiceCategory.SOCIAL_WELFARE, "QZ0101");
        UUID route = ServicePointTables.route(jdbc, ServiceCategory.SOCIAL_WELFARE, "QZ010201", birch);
        String amberPath = unitPath("QZ0101");
        String oldPath = unitPath("QZ010201");

        ImportJob moved = ImportJobsAwait.importFile(jobs, "birch-moved.csv", BoundaryFiles.quzlandBirchMovedCsv());

        assertThat(moved.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
        String newPath = unitPath("QZ010201");
        assertThat(newPath).isNotEqualTo(oldPath).startsWith(unitPath("QZ02"));
        await("referral_pathway_route", "id", route, newPath);
        await("referral_service_point", "id", birch, newPath);
        await("referral_service_point_area", "service_point_id", birch, newPath);
        assertThat(path("referral_service_point", "id", amber)).isEqualTo(amberPath);
        assertThat(servicePoints.route(ServiceCategory.SOCIAL_WELFARE, newPath))
                .map(ServicePointRef::id)
                .contains(birch);
    }

    private void await(String table, String column, UUID id, String expected) throws InterruptedException {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> expected.equals(path(table, column, id)));
        assertThat(path(table, column, id)).isEqualTo(expected);
    }

    private String path(String table, String column, UUID id) {
        return jdbc.sql("select unit_path from " + table + " where " + column + " = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
