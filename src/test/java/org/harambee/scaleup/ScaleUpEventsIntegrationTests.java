package org.harambee.scaleup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.ImportJobsAwait;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Scale-up events of the four kinds, at a unit and its level, on a day: recorded inside the planner's area, listed and
 * filtered, published for the indicators; their unit paths follow a unit that a boundary import moves.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ScaleUpEventsIntegrationTests extends QuzlandScaleUp {

    @Autowired
    ApplicationEvents events;

    @Test
    void aDistrictAdoptingThePathwayIsRecordedAsVerticalScaleUpAtItsLevel() {
        MvcTestResult recorded =
                event(AMBER, "VERTICAL", "QZ0101", LocalDate.now().minusDays(3), "Pathway adopted");

        assertThat(recorded).hasStatus(201);
        assertThat(JsonPath.<Integer>read(body(recorded), "$.level")).isEqualTo(2);
        assertThat(JsonPath.<String>read(body(recorded), "$.unit.pcode")).isEqualTo("QZ0101");
        assertThat(events.stream(ScaleUpEventRecorded.class)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ScaleUpKind.VERTICAL);
            assertThat(e.unitPath()).isEqualTo(unitPath("QZ0101"));
            assertThat(e.level()).isEqualTo(2);
        });
        assertThat(event(NATIONAL, "SPONTANEOUS", "QZ020101", LocalDate.now(), "Neighbours asked"))
                .hasStatus(201);

        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/scale-up-events?kind=SPONTANEOUS", NATIONAL, Role.NATIONAL_COORDINATOR)),
                        "$[*].description"))
                .containsExactly("Neighbours asked");
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/scale-up-events", RESEARCHER, Role.RESEARCHER)), "$[*].description"))
                .containsExactly("Pathway adopted");
        assertThat(get("/api/v1/scale-up-events?unit=QZ02", RESEARCHER, Role.RESEARCHER))
                .hasStatus(403);
    }

    @Test
    void aBadEventIsRefusedFieldByFieldAndOutsideTheAreaIsForbidden() {
        assertThat(errors(event(AMBER, "SIDEWAYS", "QZ9", LocalDate.now().plusDays(1), " ")))
                .containsOnly(
                        Map.entry("kind", "Choose from the list."),
                        Map.entry("unit", "There is no place with the P-code QZ9."),
                        Map.entry("occurredOn", "The date may not be in the future."),
                        Map.entry("description", "Fill this in."));
        assertThat(event(AMBER, "HORIZONTAL", "QZ0102", LocalDate.now(), "Birch starts"))
                .hasStatus(403);
        assertThat(event(RESEARCHER, "HORIZONTAL", "QZ0101", LocalDate.now(), "Amber grows"))
                .hasStatus(403);
        assertThat(count("scaleup_event")).isZero();
        assertThat(events.stream(ScaleUpEventRecorded.class)).isEmpty();
    }

    @Test
    void theEventsPageListsAndRecordsKeepingWhatWasTypedWhenRefused() throws Exception {
        ScaleUpTables.event(jdbc, "QZ0101");
        MvcTestResult refused = mvc.post()
                .uri("/scale-up/events")
                .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("kind", "DIVERSIFICATION")
                .param("unit", "QZ0101")
                .param("occurredOn", LocalDate.now().plusDays(2).toString())
                .param("description", "Early marriage added")
                .exchange();

        assertThat(refused.getResponse().getContentAsString())
                .contains("The date may not be in the future.", "Early marriage added", "Pathway adopted");
        assertThat(count("scaleup_event")).isEqualTo(1);
    }

    @Test
    void storedPathsFollowADistrictThatMovesToAnotherProvince() throws Exception {
        UUID event = UUID.fromString(id(event(NATIONAL, "HORIZONTAL", "QZ0102", LocalDate.now(), "Birch joins")));
        UUID plan = ScaleUpTables.plan(jdbc, "QZ0102");

        ImportJobsAwait.importFile(jobs, "birch-moved.csv", BoundaryFiles.quzlandBirchMovedCsv());

        String moved = unitPath("QZ0102");
        await().atMost(Duration.ofSeconds(20)).until(() -> moved.equals(path("scaleup_event", event)));
        assertThat(path("scaleup_event", event)).isEqualTo(moved);
        assertThat(path("scaleup_plan", plan)).isEqualTo(moved);
    }

    private String path(String table, UUID id) {
        return jdbc.sql("select unit_path from " + table + " where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private MvcTestResult event(String user, String kind, String unit, LocalDate on, String description) {
        Role role = switch (user) {
            case NATIONAL -> Role.NATIONAL_COORDINATOR;
            case AMBER -> Role.DISTRICT_COORDINATOR;
            default -> Role.RESEARCHER;
        };
        return post(
                "/api/v1/scale-up-events",
                user,
                role,
                "{\"kind\":\"" + kind + "\",\"unit\":\"" + unit + "\",\"occurredOn\":\"" + on + "\",\"description\":\""
                        + description + "\"}");
    }
}
