package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The referral pathway of an area: routes set per category and unit to an active service point that serves the unit;
 * a referral goes by the deepest route on its unit's path, skipping deactivated service points; overdue referrals
 * escalate to the nearest service point of the category above; the pathway page and its poster.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PathwayIntegrationTests extends QuzlandServicePoints {

    @Autowired
    ServicePoints servicePoints;

    @Test
    void theDeepestRouteWinsAndADeactivatedServicePointIsSkipped() {
        UUID district = register("Amber social welfare office", "SOCIAL_WELFARE", "QZ0101", null);
        UUID chiefdom = register("Amber North welfare desk", "SOCIAL_WELFARE", "QZ010101", null);
        assertThat(setRoute("SOCIAL_WELFARE", "QZ0101", district)).hasStatusOk();
        assertThat(setRoute("SOCIAL_WELFARE", "QZ010101", chiefdom)).hasStatusOk();

        assertThat(resolved("QZ010101", "SOCIAL_WELFARE")).isEqualTo("Amber North welfare desk");
        assertThat(get(
                        "/api/v1/pathways/resolve?unit=QZ010101&category=SOCIAL_WELFARE",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.servicePoint.name")
                .isEqualTo("Amber North welfare desk");
        assertThat(resolved("QZ010102", "SOCIAL_WELFARE")).isEqualTo("Amber social welfare office");
        assertThat(resolved("QZ010102", "HEALTH")).isNull();
        assertThat(servicePoints.route(ServiceCategory.SOCIAL_WELFARE, unitPath("QZ010101")))
                .map(ServicePointRef::id)
                .contains(chiefdom);

        assertThat(post(
                        "/api/v1/service-points/" + chiefdom + "/deactivate",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        ""))
                .hasStatusOk();
        assertThat(resolved("QZ010101", "SOCIAL_WELFARE")).isEqualTo("Amber social welfare office");
        assertThat(errors(get(
                        "/api/v1/pathways/resolve?unit=QZ010101&category=MAGIC",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR)))
                .containsKey("category");
        assertThat(get(
                        "/api/v1/pathways/resolve?unit=QZ020101&category=HEALTH",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR))
                .hasStatus(403);
    }

    @Test
    void aRouteNeedsAnActiveServicePointThatServesItsUnitAndReplacesTheOneSetThere() {
        UUID district = register("Amber social welfare office", "SOCIAL_WELFARE", "QZ0101", null);
        UUID clinic = register("Amber North clinic", "HEALTH", "QZ010101", null);
        UUID closed = register("Old welfare office", "SOCIAL_WELFARE", "QZ0101", null);
        post("/api/v1/service-points/" + closed + "/deactivate", COORDINATOR, Role.DISTRICT_COORDINATOR, "");
        UUID cedar =
                ServicePointTables.servicePoint(jdbc, "Cedar welfare office", ServiceCategory.SOCIAL_WELFARE, "QZ0201");
        long before = count("referral_pathway_route");

        assertThat(errors(setRoute("HEALTH", "QZ010102", clinic)))
                .containsOnly(Map.entry("servicePointId", "Amber North clinic does not serve Amber South."));
        assertThat(errors(setRoute("SOCIAL_WELFARE", "QZ0101", closed)))
                .containsOnly(Map.entry("servicePointId", "Old welfare office is deactivated."));
        assertThat(errors(setRoute("MAGIC", "QZ9", UUID.randomUUID())))
                .containsOnly(
                        Map.entry("category", "Choose a category from the list."),
                        Map.entry("unit", "No place has the P-code QZ9."),
                        Map.entry("servicePointId", "Choose a service point from the list."));
        assertThat(setRoute("SOCIAL_WELFARE", "QZ0201", cedar)).hasStatus(403);
        assertThat(post(
                        "/api/v1/pathways/routes",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR,
                        "{\"category\":\"HEALTH\",\"unit\":\"QZ010101\",\"servicePointId\":\"" + clinic + "\"}"))
                .hasStatus(403);
        assertThat(count("referral_pathway_route")).isEqualTo(before);

        MvcTestResult first = setRoute("HEALTH", "QZ0101", district);
        UUID route = UUID.fromString(JsonPath.read(body(first), "$.id"));
        UUID hospital = register("Amber hospital", "HEALTH", "QZ0101", null);
        MvcTestResult replaced = setRoute("HEALTH", "QZ0101", hospital);
        assertThat((String) JsonPath.read(body(replaced), "$.id")).isEqualTo(route.toString());
        assertThat(count("referral_pathway_route")).isEqualTo(before + 1);
        assertThat(audited("PATHWAY_ROUTE_SET"))
                .filteredOn(route.toString()::equals)
                .hasSize(2);

        MvcTestResult pathway = get("/api/v1/pathways?unit=QZ0101", FACILITATOR, Role.COMMUNITY_FACILITATOR);
        assertThat(pathway).hasStatusOk();
        assertThat((List<String>) JsonPath.read(body(pathway), "$.routes[*].servicePoint.name"))
                .containsExactly("Amber hospital");
        assertThat((List<String>) JsonPath.read(body(pathway), "$.children[*].unit.pcode"))
                .containsExactly("QZ010101");
        assertThat((String) JsonPath.read(body(pathway), "$.children[0].resolved[2].servicePoint.name"))
                .isEqualTo("Amber hospital");

        assertThat(delete("/api/v1/pathways/routes/" + route, CEDAR_COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(delete("/api/v1/pathways/routes/" + route, COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(204);
        assertThat(delete("/api/v1/pathways/routes/" + route, COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(404);
        assertThat(audited("PATHWAY_ROUTE_REMOVED")).contains(route.toString());
        assertThat(resolved("QZ010101", "HEALTH")).isNull();
    }

    @Test
    void anOverdueReferralEscalatesToTheNearestActiveServicePointOfItsCategoryAbove() {
        UUID chiefdom =
                ServicePointTables.servicePoint(jdbc, "Amber North desk", ServiceCategory.SOCIAL_WELFARE, "QZ010101");
        UUID district = ServicePointTables.servicePoint(jdbc, "Amber office", ServiceCategory.SOCIAL_WELFARE, "QZ0101");
        UUID province = ServicePointTables.servicePoint(jdbc, "Hill office", ServiceCategory.SOCIAL_WELFARE, "QZ01");
        ServicePointTables.servicePoint(jdbc, "Hill hospital", ServiceCategory.HEALTH, "QZ01");

        assertThat(servicePoints.escalationTarget(chiefdom))
                .map(ServicePointRef::id)
                .contains(district);
        assertThat(servicePoints.escalationTarget(district))
                .map(ServicePointRef::id)
                .contains(province);
        assertThat(servicePoints.escalationTarget(province)).isEmpty();
        jdbc.sql("update referral_service_point set active = false where id = ?")
                .param(district)
                .update();
        assertThat(servicePoints.escalationTarget(chiefdom))
                .map(ServicePointRef::id)
                .contains(province);
    }

    @Test
    void thePathwayPageShowsEachUnitBelowAndThePosterSpeaksTheLanguageAskedFor() throws Exception {
        UUID district = register(
                "Amber social welfare office",
                "SOCIAL_WELFARE",
                "QZ0101",
                "\"phone\":\"+000 555 0101\",\"address\":\"Main road 1\",\"openingHours\":\"Mon-Fri 8-16\"");
        setRoute("SOCIAL_WELFARE", "QZ0101", district);
        UUID desk =
                ServicePointTables.servicePoint(jdbc, "Amber North desk", ServiceCategory.SOCIAL_WELFARE, "QZ010101");
        setRoute("SOCIAL_WELFARE", "QZ010101", desk);

        MvcTestResult page = mvc.get()
                .uri("/pathways/QZ0101")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString())
                .contains("Referral pathway of Amber", "Amber North", "Amber social welfare office", "Set a route");

        MvcTestResult poster = mvc.get()
                .uri("/pathways/QZ0101/poster?lang=fr")
                .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .exchange();
        assertThat(poster).hasStatusOk();
        assertThat(poster.getResponse().getContentAsString())
                .contains(
                        "Où trouver de l’aide pour un enfant",
                        "Protection de l’enfant et action sociale",
                        "Amber social welfare office",
                        "+000 555 0101",
                        "Main road 1",
                        "Mon-Fri 8-16",
                        "Depuis Amber North : Amber North desk +000 555 0100");
        assertThat(mvc.get()
                        .uri("/pathways/QZ0201/poster?lang=sw")
                        .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                        .exchange())
                .hasStatus(403);
    }

    private MvcTestResult setRoute(String category, String unit, UUID servicePoint) {
        return post(
                "/api/v1/pathways/routes",
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "{\"category\":\"" + category + "\",\"unit\":\"" + unit + "\",\"servicePointId\":\"" + servicePoint
                        + "\"}");
    }

    private String resolved(String unit, String category) {
        MvcTestResult result = get(
                "/api/v1/pathways/resolve?unit=" + unit + "&category=" + category,
                COORDINATOR,
                Role.DISTRICT_COORDINATOR);
        assertThat(result).hasStatusOk();
        Map<String, Object> servicePoint = JsonPath.read(body(result), "$.servicePoint");
        return servicePoint == null ? null : (String) servicePoint.get("name");
    }
}
