package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The register of service points through the API: added over a unit and area the user manages, listed by the area
 * served, category, status and name; bad input refused whole with a message per field; every change audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ServicePointRegisterIntegrationTests extends QuzlandServicePoints {

    @Autowired
    ApplicationEvents events;

    @Test
    void aCoordinatorRegistersServicePointsAndListsThemByAreaCategoryStatusAndName() {
        UUID office = register(
                "Amber social welfare office",
                "SOCIAL_WELFARE",
                "qz0101",
                "\"phone\":\"+000 555 0101\",\"email\":\"Amber.SW@example.org\",\"address\":\"Main road 1\","
                        + "\"openingHours\":\"Mon-Fri 8-16\",\"languages\":\"Krio, English\",\"onPlatform\":true");
        UUID clinic = register("Amber North clinic", "health", "QZ010101", "\"areas\":[\"QZ010101\",\"QZ010102\"]");

        MvcTestResult shown = get("/api/v1/service-points/" + office, RESEARCHER, Role.RESEARCHER);
        assertThat(shown).hasStatusOk();
        String json = body(shown);
        assertThat((String) JsonPath.read(json, "$.name")).isEqualTo("Amber social welfare office");
        assertThat((String) JsonPath.read(json, "$.category")).isEqualTo("SOCIAL_WELFARE");
        assertThat((String) JsonPath.read(json, "$.unit.pcode")).isEqualTo("QZ0101");
        assertThat((List<String>) JsonPath.read(json, "$.areas[*].pcode")).containsExactly("QZ0101");
        assertThat((String) JsonPath.read(json, "$.email")).isEqualTo("amber.sw@example.org");
        assertThat((String) JsonPath.read(json, "$.openingHours")).isEqualTo("Mon-Fri 8-16");
        assertThat((Boolean) JsonPath.read(json, "$.onPlatform")).isTrue();
        assertThat((Boolean) JsonPath.read(json, "$.active")).isTrue();
        assertThat((List<String>) JsonPath.read(
                        body(get("/api/v1/service-points/" + clinic, RESEARCHER, Role.RESEARCHER)), "$.areas[*].pcode"))
                .containsExactlyInAnyOrder("QZ010101", "QZ010102");

        assertThat(names("/api/v1/service-points", NATIONAL, Role.NATIONAL_COORDINATOR))
                .containsExactly("Amber North clinic", "Amber social welfare office");
        assertThat(names("/api/v1/service-points?unit=QZ010102", NATIONAL, Role.NATIONAL_COORDINATOR))
                .containsExactly("Amber North clinic", "Amber social welfare office");
        assertThat(names("/api/v1/service-points?unit=QZ0102", NATIONAL, Role.NATIONAL_COORDINATOR))
                .isEmpty();
        assertThat(names("/api/v1/service-points?category=HEALTH", NATIONAL, Role.NATIONAL_COORDINATOR))
                .containsExactly("Amber North clinic");
        assertThat((List<String>) JsonPath.read(
                        body(mvc.get()
                                .uri("/api/v1/service-points?q={q}", "amber s")
                                .with(org.harambee.access.TestAccounts.as(NATIONAL, Role.NATIONAL_COORDINATOR))
                                .exchange()),
                        "$.items[*].name"))
                .containsExactly("Amber social welfare office");
        assertThat(post("/api/v1/service-points/" + clinic + "/deactivate", COORDINATOR, Role.DISTRICT_COORDINATOR, ""))
                .hasStatusOk();
        assertThat(names("/api/v1/service-points?active=true", NATIONAL, Role.NATIONAL_COORDINATOR))
                .containsExactly("Amber social welfare office");
        assertThat(names("/api/v1/service-points?active=false", NATIONAL, Role.NATIONAL_COORDINATOR))
                .containsExactly("Amber North clinic");
        assertThat(errors(get("/api/v1/service-points?category=MAGIC", NATIONAL, Role.NATIONAL_COORDINATOR)))
                .containsKey("category");

        assertThat(audited("SERVICE_POINT_CREATED")).contains(office.toString(), clinic.toString());
        assertThat(audited("SERVICE_POINT_DEACTIVATED")).contains(clinic.toString());
        assertThat(events.stream(ServicePointRegistered.class))
                .extracting(ServicePointRegistered::servicePointId, ServicePointRegistered::unitPath)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(office, unitPath("QZ0101")),
                        org.assertj.core.groups.Tuple.tuple(clinic, unitPath("QZ010101")));
    }

    @Test
    void badInputIsRefusedWholeWithAMessagePerFieldAndNothingIsWritten() {
        register("Amber social welfare office", "SOCIAL_WELFARE", "QZ0101", null);
        long before = count("referral_service_point");
        long areas = count("referral_service_point_area");

        assertThat(errors(post(
                        "/api/v1/service-points",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"name\":\" \",\"category\":\"MAGIC\",\"unit\":\"QZ0101\",\"areas\":[\"QZ999\"],"
                                + "\"phone\":\"call me\",\"email\":\"office.example.org\"}")))
                .containsOnly(
                        Map.entry("name", "Fill in this field."),
                        Map.entry("category", "Choose a category from the list."),
                        Map.entry("areas", "No place has the P-code QZ999."),
                        Map.entry("phone", "Give a phone number of 6 to 15 digits."),
                        Map.entry("email", "Give an e-mail address such as office@example.org."));
        assertThat(errors(post(
                        "/api/v1/service-points",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        json("amber SOCIAL welfare office ", "SOCIAL_WELFARE", "QZ0101", null))))
                .containsOnly(Map.entry("name", "A service point of this name is registered in Amber already."));
        assertThat(errors(post(
                        "/api/v1/service-points",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        json("Amber North clinic", "HEALTH", "QZ010101", "\"areas\":[\"QZ0101\",\"QZ020101\"]"))))
                .containsOnly(Map.entry(
                        "areas",
                        "Amber (QZ0101) is out of reach: a service point serves its own place, places beside it and"
                                + " the places below them, never a place above Amber North."));
        assertThat(errors(post(
                        "/api/v1/service-points",
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        json("Amber district hospital", "HEALTH", "QZ0101", "\"areas\":[\"QZ0101\",\"QZ010101\"]"))))
                .containsOnly(Map.entry("areas", "Amber North (QZ010101) lies in Amber, which is listed already."));
        assertThat(errors(post(
                        "/api/v1/service-points",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        json("Somewhere", "HEALTH", "QZ999999", null))))
                .containsOnly(Map.entry("unit", "No place has the P-code QZ999999."));

        assertThat(count("referral_service_point")).isEqualTo(before);
        assertThat(count("referral_service_point_area")).isEqualTo(areas);
    }

    @Test
    void aFacilitatorSeesTheDistrictOfficeThatServesTheirChiefdomButNothingElse() {
        UUID amber = register("Amber social welfare office", "SOCIAL_WELFARE", "QZ0101", null);
        UUID national =
                ServicePointTables.servicePoint(jdbc, "National child helpline", ServiceCategory.SOCIAL_WELFARE, "QZ");
        UUID gbanja = ServicePointTables.servicePoint(jdbc, "Gbanja health post", ServiceCategory.HEALTH, "QZ010102");
        UUID cedar =
                ServicePointTables.servicePoint(jdbc, "Cedar police unit", ServiceCategory.LEGAL_JUSTICE, "QZ0201");

        assertThat(names("/api/v1/service-points", FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .containsExactly("Amber social welfare office", "National child helpline");
        assertThat(get("/api/v1/service-points/" + amber, FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatusOk();
        assertThat(get("/api/v1/service-points/" + national, FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatusOk();
        assertThat(get("/api/v1/service-points/" + gbanja, FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatus(403);
        assertThat(get("/api/v1/service-points/" + cedar, COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(get("/api/v1/service-points/" + UUID.randomUUID(), COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(404);
        assertThat(get("/api/v1/service-points?unit=QZ0201", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(names("/api/v1/service-points", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .containsExactly("Amber social welfare office", "Gbanja health post", "National child helpline");
    }

    @Test
    void nobodyWritesServicePointsOutsideTheAreaTheyManage() {
        UUID amber = register("Amber social welfare office", "SOCIAL_WELFARE", "QZ0101", null);
        UUID national =
                ServicePointTables.servicePoint(jdbc, "National child helpline", ServiceCategory.SOCIAL_WELFARE, "QZ");
        long before = count("referral_service_point");

        assertThat(post(
                        "/api/v1/service-points",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        json("Cedar", "HEALTH", "QZ0201", null)))
                .hasStatus(403);
        assertThat(post(
                        "/api/v1/service-points",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        json("Amber and Birch", "HEALTH", "QZ0101", "\"areas\":[\"QZ0101\",\"QZ0102\"]")))
                .hasStatus(403);
        assertThat(post(
                        "/api/v1/service-points",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR,
                        json("Mine", "HEALTH", "QZ010101", null)))
                .hasStatus(403);
        assertThat(put(
                        "/api/v1/service-points/" + national,
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        json("Helpline", "SOCIAL_WELFARE", "QZ", null)))
                .hasStatus(403);
        assertThat(post(
                        "/api/v1/service-points/" + amber + "/deactivate",
                        CEDAR_COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        ""))
                .hasStatus(403);
        assertThat(put(
                        "/api/v1/service-points/" + amber,
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        json("Amber office", "SOCIAL_WELFARE", "QZ0201", null)))
                .hasStatus(403);

        assertThat(count("referral_service_point")).isEqualTo(before);
        assertThat((String) JsonPath.read(
                        body(get("/api/v1/service-points/" + amber, COORDINATOR, Role.DISTRICT_COORDINATOR)), "$.name"))
                .isEqualTo("Amber social welfare office");
    }

    @Test
    void aCorrectionMayNotStrandARouteNorKeepOfficersOffThePlatform() {
        UUID clinic = register(
                "Amber North clinic",
                "HEALTH",
                "QZ010101",
                "\"areas\":[\"QZ010101\",\"QZ010102\"],\"onPlatform\":true");
        ServicePointTables.route(jdbc, ServiceCategory.HEALTH, "QZ010102", clinic);
        assertThat(put(
                        "/api/v1/service-points/" + clinic + "/officers",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"usernames\":[\"amber-officer\"]}"))
                .hasStatusOk();

        assertThat(errors(put(
                        "/api/v1/service-points/" + clinic,
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        json("Amber North clinic", "HEALTH", "QZ010101", "\"onPlatform\":false"))))
                .containsOnly(
                        Map.entry(
                                "areas",
                                "A route of the pathway would send referrals from places it no longer serves: change"
                                        + " the pathway first."),
                        Map.entry("onPlatform", "Remove its officers before taking it off the platform."));

        MvcTestResult renamed = put(
                "/api/v1/service-points/" + clinic,
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                json(
                        "Amber North health centre",
                        "HEALTH",
                        "QZ010101",
                        "\"areas\":[\"QZ010101\",\"QZ010102\"]," + "\"onPlatform\":true,\"phone\":\"+000 555 0199\""));
        assertThat(renamed).hasStatusOk();
        assertThat((String) JsonPath.read(body(renamed), "$.phone")).isEqualTo("+000 555 0199");
        assertThat(audited("SERVICE_POINT_UPDATED")).contains(clinic.toString());
    }
}
