package org.harambee.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.harambee.access.Role;
import org.harambee.system.DeploymentZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages and API say how fresh the figures are: as of the oldest change not yet folded into the roll-ups, or now when
 * none waits.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InsightsAsOfIntegrationTests extends QuzlandInsights {

    @Autowired
    JsonMapper json;

    @Autowired
    DeploymentZone zone;

    @AfterEach
    void letTheFolderGoOn() {
        jdbc.sql("delete from insight_delta where measure = 'MEETINGS' and unit_path = '/as-of-test/'")
                .update();
        jdbc.sql("update insight_fold set paused_by = null, paused_at = null where id = 1 and paused_by = 'as-of test'")
                .update();
    }

    @Test
    void figuresSayTheyHoldEveryChangeBeforeTheOldestOneWaiting() {
        Instant before = Instant.now().minusMillis(1);
        JsonNode fresh = read("/api/v1/insights/QZ0101?period=2025-Q3");
        assertThat(Instant.parse(fresh.get("asOf").asString())).isAfter(before);

        // the folder paused (as during a rebuild) with a change made two minutes ago still waiting
        Instant waiting = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql("update insight_fold set paused_by = 'as-of test', paused_at = ? where id = 1")
                .param(Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("insert into insight_delta (community_id, unit_path, scope, kind, period_start, measure, value,"
                        + " created_at) values (null, '/as-of-test/', 'U', 'M', date '2025-07-01', 'MEETINGS', 1, ?)")
                .param(Timestamp.from(waiting))
                .update();

        assertThat(Instant.parse(read("/api/v1/insights/QZ0101?period=2025-Q3")
                        .get("asOf")
                        .asString()))
                .isEqualTo(waiting);
        assertThat(Instant.parse(read("/api/v1/insights/QZ0101/trend?indicator=coverage&kind=Q")
                        .get("asOf")
                        .asString()))
                .isEqualTo(waiting);
        String clock =
                DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone.zone()).format(waiting);
        assertThat(body(get("/insights/QZ0101?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR)))
                .contains("Figures as of " + clock)
                .contains("datetime=\"" + waiting + "\"");
    }

    private JsonNode read(String uri) {
        return json.readTree(body(get(uri, AMBER, Role.DISTRICT_COORDINATOR)));
    }
}
