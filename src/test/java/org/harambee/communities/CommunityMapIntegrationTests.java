package org.harambee.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.communities.CommunityFixtures.body;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The map of communities coloured by phase: points placed in their units' boundaries, with the phase to colour by,
 * only for communities inside the reader's area; those of units without a boundary are counted, not drawn.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommunityMapIntegrationTests extends QuzlandCommunities {

    /** Amber North is the square 10–11 E, 1–2 N; Amber South the square 11–12 E, 1–2 N; Birch Central 12–13 E. */
    static final byte[] CHIEFDOM_BOUNDARIES = BoundaryFiles.utf8("""
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"ADM0_PCODE":"QZ","ADM0_EN":"Quzland","ADM1_PCODE":"QZ01","ADM1_EN":"Hill Province",
              "ADM2_PCODE":"QZ0101","ADM2_EN":"Amber","ADM3_PCODE":"QZ010101","ADM3_EN":"Amber North"},
              "geometry":{"type":"Polygon","coordinates":[[[10.0,1.0],[11.0,1.0],[11.0,2.0],[10.0,2.0],[10.0,1.0]]]}},
             {"type":"Feature","properties":{"ADM0_PCODE":"QZ","ADM0_EN":"Quzland","ADM1_PCODE":"QZ01","ADM1_EN":"Hill Province",
              "ADM2_PCODE":"QZ0101","ADM2_EN":"Amber","ADM3_PCODE":"QZ010102","ADM3_EN":"Amber South"},
              "geometry":{"type":"MultiPolygon","coordinates":[[[[11.0,1.0],[12.0,1.0],[12.0,2.0],[11.0,2.0],[11.0,1.0]]]]}},
             {"type":"Feature","properties":{"ADM0_PCODE":"QZ","ADM0_EN":"Quzland","ADM1_PCODE":"QZ01","ADM1_EN":"Hill Province",
              "ADM2_PCODE":"QZ0102","ADM2_EN":"Birch","ADM3_PCODE":"QZ010201","ADM3_EN":"Birch Central"},
              "geometry":{"type":"Polygon","coordinates":[[[12.0,1.0],[13.0,1.0],[13.0,2.0],[12.0,2.0],[12.0,1.0]]]}}
            ]}
            """);

    UUID kpetema;

    @BeforeEach
    void boundariesOfThreeChiefdoms() {
        ImportJob job = ImportJobsAwait.importFile(jobs, "chiefdoms.geojson", CHIEFDOM_BOUNDARIES);
        assertThat(job.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
        kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        CommunityTables.community(jdbc, "Gbanja", "QZ010102");
        CommunityTables.community(jdbc, "Tombo", "QZ010102");
        CommunityTables.community(jdbc, "Largo", "QZ010201");
        CommunityTables.community(jdbc, "Mano", "QZ020101");
        assertThat(api.phase(kpetema, COORDINATOR, Role.DISTRICT_COORDINATOR, "ENTRY", LocalDate.now(), null))
                .hasStatus(201);
    }

    @Test
    void communitiesAreDrawnInsideTheirUnitsWithTheirPhase() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/communities/map.json?unit=QZ0101")
                .with(TestAccounts.as(RESEARCHER, Role.RESEARCHER))
                .header("Accept-Language", "fr")
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("application/geo+json");
        String json = body(result);
        assertThat(JsonPath.<List<String>>read(json, "$.features[?(@.properties.role == 'community')].properties.name"))
                .containsExactlyInAnyOrder("Kpetema", "Gbanja", "Tombo");
        assertThat(JsonPath.<List<String>>read(json, "$.features[?(@.properties.role == 'unit')].geometry.type"))
                .containsExactlyInAnyOrder("Polygon", "MultiPolygon");
        assertThat(JsonPath.<List<List<Double>>>read(
                        json, "$.features[?(@.properties.name == 'Kpetema')].geometry.coordinates"))
                .containsExactly(List.of(10.5, 1.5));
        assertThat(JsonPath.<List<String>>read(
                        json, "$.features[?(@.properties.name == 'Kpetema')].properties.phaseName"))
                .containsExactly("Entrée");
        assertThat(JsonPath.<List<String>>read(json, "$.features[?(@.properties.name == 'Gbanja')].properties.phase"))
                .containsExactly("NONE");
        for (String name : List.of("Gbanja", "Tombo")) {
            List<List<Double>> at =
                    JsonPath.read(json, "$.features[?(@.properties.name == '" + name + "')].geometry.coordinates");
            assertThat(at.get(0).get(0)).isBetween(11.0, 12.0);
            assertThat(at.get(0).get(1)).isBetween(1.0, 2.0);
        }
    }

    @Test
    void theMapHoldsOnlyTheReadersAreaAndCountsWhatCannotBeDrawn() throws Exception {
        String json = body(mvc.get()
                .uri("/communities/map.json")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .exchange());
        assertThat(JsonPath.<List<String>>read(json, "$.features[?(@.properties.role == 'community')].properties.name"))
                .containsExactlyInAnyOrder("Kpetema", "Gbanja", "Tombo");
        assertThat(mvc.get()
                        .uri("/communities/map.json?unit=QZ02")
                        .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR)))
                .hasStatus(403);

        MvcTestResult page = mvc.get()
                .uri("/communities/map")
                .with(TestAccounts.as(NATIONAL, Role.NATIONAL_COORDINATOR))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(page.getResponse().getContentAsString())
                .contains("4 communities on the map")
                .contains("1 community is not drawn: its place has no boundary.")
                .contains("data-phase=\"ACTION_PLANNING\"")
                .contains("Community-led action");
    }

    @Test
    void anUnknownUnitIsAnsweredNotFoundWithProblemDetails() {
        assertThat(mvc.get()
                        .uri("/communities/map.json?unit=NOWHERE")
                        .with(TestAccounts.as(NATIONAL, Role.NATIONAL_COORDINATOR)))
                .hasStatus(404)
                .hasContentTypeCompatibleWith("application/problem+json");
    }
}
