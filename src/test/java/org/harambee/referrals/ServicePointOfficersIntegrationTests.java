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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Officers of a service point's queue: only accounts holding the service point officer or district coordinator role
 * at its unit or above, only on a service point that is on the platform; replaced as a whole and audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServicePointOfficersIntegrationTests extends QuzlandServicePoints {

    @Autowired
    ServicePoints servicePoints;

    @Test
    void officersHoldTheRoleAtTheServicePointsUnitOrAboveAndAreReplacedAsAWhole() {
        UUID office = register("Amber social welfare office", "SOCIAL_WELFARE", "QZ0101", "\"onPlatform\":true");

        MvcTestResult assigned = officers(office, "[\"Amber-Officer\",\"amber-coordinator\"]");
        assertThat(assigned).hasStatusOk();
        assertThat((List<String>) JsonPath.read(body(assigned), "$[*].username"))
                .containsExactlyInAnyOrder("amber-officer", "amber-coordinator");
        assertThat(servicePoints.officers(office)).containsExactly("amber-coordinator", "amber-officer");
        assertThat(servicePoints.workedBy("AMBER-OFFICER"))
                .extracting(ServicePointRef::id)
                .containsExactly(office);
        assertThat(audited("SERVICE_POINT_OFFICERS_CHANGED")).containsOnlyOnce(office.toString());

        assertThat(errors(officers(office, "[\"amber-officer\",\"cedar-officer\",\"hill-researcher\",\"nobody\"]")))
                .containsOnly(Map.entry(
                        "usernames",
                        "cedar-officer does not hold the service point officer or district coordinator role for this"
                                + " place."));
        assertThat(servicePoints.officers(office)).containsExactly("amber-coordinator", "amber-officer");

        assertThat(officers(office, "[\"amber-officer\"]")).hasStatusOk();
        assertThat((List<String>) JsonPath.read(
                        body(get(
                                "/api/v1/service-points/" + office + "/officers",
                                FACILITATOR,
                                Role.COMMUNITY_FACILITATOR)),
                        "$[*].username"))
                .containsExactly("amber-officer");
        assertThat(put(
                        "/api/v1/service-points/" + office + "/officers",
                        CEDAR_COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"usernames\":[]}"))
                .hasStatus(403);
        assertThat(put(
                        "/api/v1/service-points/" + office + "/officers",
                        OFFICER,
                        Role.SERVICE_POINT_OFFICER,
                        "{\"usernames\":[]}"))
                .hasStatus(403);
    }

    @Test
    void aServicePointOffThePlatformHasNoOfficers() {
        UUID helpline = register("Amber legal aid", "LEGAL_JUSTICE", "QZ0101", "\"onPlatform\":false");

        assertThat(errors(officers(helpline, "[\"amber-officer\"]")))
                .containsOnly(Map.entry("usernames", "Only a service point on the platform has officers."));
        assertThat(officers(helpline, "[]")).hasStatusOk();
        assertThat(servicePoints.officers(helpline)).isEmpty();
    }

    @Test
    void aChiefdomOfficerMayNotWorkTheDistrictOfficeButADistrictOfficerMayWorkAChiefdomDesk() {
        org.harambee.access.TestAccounts.create(
                jdbc, "amber-north-officer", PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ010101");
        UUID office = register("Amber social welfare office", "SOCIAL_WELFARE", "QZ0101", "\"onPlatform\":true");
        UUID desk = register("Amber North desk", "SOCIAL_WELFARE", "QZ010101", "\"onPlatform\":true");

        assertThat(officers(office, "[\"amber-north-officer\"]")).hasStatus(400);
        assertThat(officers(desk, "[\"amber-north-officer\",\"amber-officer\"]"))
                .hasStatusOk();
        assertThat(servicePoints.workedBy("amber-officer"))
                .extracting(ServicePointRef::id)
                .containsExactly(desk);
    }

    @Test
    void aServicePointMovesOnlyWhereItsOfficersMayWork() {
        UUID office = register("Amber social welfare office", "SOCIAL_WELFARE", "QZ0101", "\"onPlatform\":true");
        assertThat(officers(office, "[\"amber-officer\"]")).hasStatusOk();

        assertThat(errors(put(
                        "/api/v1/service-points/" + office,
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        json("Amber social welfare office", "SOCIAL_WELFARE", "QZ0102", "\"onPlatform\":true"))))
                .containsOnly(Map.entry(
                        "unit",
                        "Its officer amber-officer holds no service point officer or district coordinator role there:"
                                + " change the officers first."));
        assertThat(put(
                        "/api/v1/service-points/" + office,
                        NATIONAL,
                        Role.NATIONAL_COORDINATOR,
                        json("Amber social welfare office", "SOCIAL_WELFARE", "QZ010101", "\"onPlatform\":true")))
                .hasStatusOk();
    }

    private MvcTestResult officers(UUID servicePoint, String usernames) {
        return put(
                "/api/v1/service-points/" + servicePoint + "/officers",
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                "{\"usernames\":" + usernames + "}");
    }
}
