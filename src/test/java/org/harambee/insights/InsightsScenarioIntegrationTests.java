package org.harambee.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.harambee.ApiRequests;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.referrals.ReferralFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * As a new user would try it: a district coordinator registers a community, records its start and a meeting, a
 * facilitator sends a referral and the office acknowledges it, all through the API; the district's figures show it on
 * the very next request, exactly for the coordinator, and hidden for a researcher, who cannot work them out from the
 * province's totals either.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InsightsScenarioIntegrationTests {

    static final String COORDINATOR = "scenario-amber-coordinator";
    static final String FACILITATOR = "scenario-facilitator";
    static final String OFFICER = "scenario-officer";
    static final String RESEARCHER = "scenario-researcher";
    static final String PASSWORD = "synthetic-scenario-pass-1";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @BeforeEach
    void quzland() {
        InsightsTables.freshQuzland(jdbc, jobs);
        TestAccounts.create(jdbc, COORDINATOR, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ0101");
        TestAccounts.create(jdbc, OFFICER, PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0101");
        TestAccounts.create(jdbc, RESEARCHER, PASSWORD, Role.RESEARCHER, "QZ01");
        UUID welfare =
                ReferralFixtures.servicePoint(jdbc, "Synthetic welfare office", "SOCIAL_WELFARE", "QZ0101", true);
        ReferralFixtures.route(jdbc, "SOCIAL_WELFARE", "QZ0101", welfare);
        ReferralFixtures.officer(jdbc, welfare, OFFICER);
    }

    @Test
    void theDistrictFiguresShowAScenarioWithinSecondsExactForItsCoordinatorAndHiddenForAResearcher() {
        String month = YearMonth.now().toString();
        String before = body(get("/api/v1/insights/QZ0101?period=" + month, COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(figure(before, "$.groups[*].indicators[?(@.indicator == 'coverage')].denominator"))
                .isIn(null, 0);

        UUID community = created(
                post(
                        "/api/v1/communities",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"name\":\"Synthetic Kpetema\",\"unit\":\"QZ010101\",\"origin\":\"AGENCY_INITIATED\"}"),
                "$.id");
        String today = LocalDate.now().toString();
        for (String phase : List.of("ENTRY", "LEARNING")) {
            assertThat(post(
                            "/api/v1/communities/" + community + "/phases",
                            COORDINATOR,
                            Role.DISTRICT_COORDINATOR,
                            "{\"phase\":\"" + phase + "\",\"enteredOn\":\"" + today + "\"}"))
                    .hasStatus(201);
        }
        assertThat(post(
                        "/api/v1/communities/" + community + "/meetings",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"type\":\"COMMUNITY_MEETING\",\"heldOn\":\"" + today
                                + "\",\"girls\":4,\"boys\":3,\"women\":6,\"men\":5,\"facilitation\":\"EXTERNAL\"}"))
                .hasStatus(201);
        UUID referral = created(
                post(
                        "/api/v1/referrals",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR,
                        "{\"communityId\":\"" + community + "\",\"category\":\"SOCIAL_WELFARE\","
                                + "\"priority\":\"EMERGENCY\",\"ageBand\":\"AGE_10_14\",\"sex\":\"FEMALE\","
                                + "\"disability\":false,\"reason\":\"Synthetic reason\"}"),
                "$.referral.id");
        assertThat(post(
                        "/api/v1/referrals/" + referral + "/consent",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR,
                        "{\"caregiverConsent\":true,\"childAssent\":true,\"scope\":\"Synthetic scope\"}"))
                .hasStatus(200);
        assertThat(post(
                        "/api/v1/referrals/" + referral + "/transitions",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR,
                        "{\"action\":\"SEND\"}"))
                .hasStatus(200);
        assertThat(post(
                        "/api/v1/referrals/" + referral + "/transitions",
                        OFFICER,
                        Role.SERVICE_POINT_OFFICER,
                        "{\"action\":\"ACKNOWLEDGE\"}"))
                .hasStatus(200);

        // the scheduled folder adds the writes to the roll-ups within seconds; the answer says as of when
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(figure(
                                body(get(
                                        "/api/v1/insights/QZ0101?period=" + month,
                                        COORDINATOR,
                                        Role.DISTRICT_COORDINATOR)),
                                "$.groups[*].indicators[?(@.indicator == 'sla-emergency')].numerator"))
                        .isEqualTo(1));
        String exact = body(get("/api/v1/insights/QZ0101?period=" + month, COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat((Boolean) JsonPath.read(exact, "$.exact")).isTrue();
        assertThat(figure(exact, "$.groups[*].indicators[?(@.indicator == 'coverage')].numerator"))
                .isEqualTo(1);
        assertThat(figure(exact, "$.groups[*].indicators[?(@.indicator == 'coverage')].denominator"))
                .isEqualTo(1);
        assertThat(figure(exact, "$.groups[*].indicators[?(@.indicator == 'female-participation')].numerator"))
                .isEqualTo(10);
        assertThat(figure(exact, "$.groups[*].indicators[?(@.indicator == 'female-participation')].denominator"))
                .isEqualTo(18);
        assertThat(figure(exact, "$.groups[*].indicators[?(@.indicator == 'sla-emergency')].numerator"))
                .isEqualTo(1);
        assertThat(figure(exact, "$.groups[*].indicators[?(@.indicator == 'consent-compliance')].denominator"))
                .isEqualTo(1);
        assertThat(figure(
                        exact,
                        "$.children[?(@.pcode == 'QZ010101')].indicators[?(@.indicator == 'coverage')].numerator"))
                .isEqualTo(1);

        String hidden = body(get("/api/v1/insights/QZ0101?period=" + month, RESEARCHER, Role.RESEARCHER));
        assertThat((Boolean) JsonPath.read(hidden, "$.exact")).isFalse();
        for (String indicator : List.of("coverage", "sla-emergency", "consent-compliance")) {
            assertThat(figure(hidden, "$.groups[*].indicators[?(@.indicator == '" + indicator + "')].suppressed"))
                    .as(indicator)
                    .isEqualTo(true);
            assertThat(figure(hidden, "$.groups[*].indicators[?(@.indicator == '" + indicator + "')].numerator"))
                    .as(indicator)
                    .isNull();
        }
        assertThat(figure(
                        hidden,
                        "$.children[?(@.pcode == 'QZ010101')].indicators[?(@.indicator == 'coverage')].numerator"))
                .isNull();
        // the province's figure is hidden too, so the district cannot be had as province minus the other districts
        String province = body(get("/api/v1/insights/QZ01?period=" + month, RESEARCHER, Role.RESEARCHER));
        assertThat(figure(province, "$.groups[*].indicators[?(@.indicator == 'coverage')].numerator"))
                .isNull();
        assertThat(figure(
                        province,
                        "$.children[?(@.pcode == 'QZ0101')].indicators[?(@.indicator == 'coverage')].numerator"))
                .isNull();
    }

    private static Object figure(String json, String path) {
        List<Object> found = JsonPath.read(json, path);
        assertThat(found).as(path).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }

    private UUID created(MvcTestResult result, String path) {
        assertThat(result).hasStatus(201);
        return UUID.fromString(JsonPath.read(body(result), path));
    }

    private MvcTestResult post(String uri, String user, Role role, String json) {
        return ApiRequests.post(mvc, uri, user, role, json);
    }

    private MvcTestResult get(String uri, String user, Role role) {
        MvcTestResult result = ApiRequests.get(mvc, uri, user, role);
        assertThat(result).hasStatus(200);
        return result;
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
