package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An area's emergency and child-helpline numbers are recorded on its pathway, checked as phone numbers, inherited
 * from the nearest unit above that has them, and shown at once with an emergency referral: on the form (after a
 * refusal too, and through htmx), on the referral's page and in the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EmergencyNumbersIntegrationTests extends QuzlandReferrals {

    static final String NUMBERS = "/api/v1/pathways/emergency-numbers?unit=";

    @Test
    void numbersAreCheckedAndEachIsTakenFromTheNearestUnitAboveThatHasOne() {
        long audited = audited();
        assertThat(errors(put(NUMBERS + "QZ0101", "{\"emergency\":\"call the police\",\"helpline\":\"116\"}")))
                .containsOnlyKeys("emergency");
        assertThat(put(NUMBERS + "QZ0101", "{\"emergency\":\"112\",\"helpline\":\"116\"}"))
                .hasStatusOk();
        MvcTestResult below = put(NUMBERS + "QZ010101", "{\"helpline\":\"+000 21 555-0100\"}");
        assertThat(below).hasStatusOk();

        String read = body(get(NUMBERS + "QZ010101", FACILITATOR, Role.COMMUNITY_FACILITATOR));
        assertThat(JsonPath.<String>read(read, "$.emergency")).isNull();
        assertThat(JsonPath.<String>read(read, "$.helpline")).isEqualTo("+000 21 555-0100");
        assertThat(JsonPath.<String>read(read, "$.holding.emergency")).isEqualTo("112");
        assertThat(JsonPath.<String>read(read, "$.holding.helpline")).isEqualTo("+000 21 555-0100");
        assertThat(JsonPath.<String>read(read, "$.holding.emergencyFrom")).isNotBlank();

        assertThat(org.harambee.ApiRequests.put(
                        mvc, NUMBERS + "QZ0101", FACILITATOR, Role.COMMUNITY_FACILITATOR, "{\"emergency\":\"999\"}"))
                .hasStatus(403);
        assertThat(put(NUMBERS + "QZ02", "{\"emergency\":\"999\"}")).hasStatus(403);
        assertThat(audited()).isEqualTo(audited + 2);
    }

    @Test
    void anEmergencyReferralShowsTheNumbersAtOnceOnTheFormItsPageAndInTheApi() throws Exception {
        assertThat(put(NUMBERS + "QZ0101", "{\"emergency\":\"112\",\"helpline\":\"116 111\"}"))
                .hasStatusOk();

        MvcTestResult emergency =
                post("/api/v1/referrals", FACILITATOR, Role.COMMUNITY_FACILITATOR, referralJson("HEALTH", "EMERGENCY"));
        assertThat(JsonPath.<String>read(body(emergency), "$.emergencyNumbers.emergency"))
                .isEqualTo("112");
        assertThat(JsonPath.<String>read(body(emergency), "$.emergencyNumbers.helpline"))
                .isEqualTo("116 111");
        MvcTestResult normal =
                post("/api/v1/referrals", FACILITATOR, Role.COMMUNITY_FACILITATOR, referralJson("HEALTH", "NORMAL"));
        assertThat(JsonPath.<Object>read(body(normal), "$.emergencyNumbers")).isNull();

        MvcTestResult refused = mvc.post()
                .uri("/referrals")
                .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("intent", "send")
                .param("communityId", kpetema.toString())
                .param("priority", "EMERGENCY")
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getContentAsString())
                .contains("Emergency: call now", "href=\"tel:112\"", "116 111");

        String fragment = page(
                "/referrals/emergency-numbers?communityId=" + kpetema + "&priority=EMERGENCY",
                FACILITATOR,
                Role.COMMUNITY_FACILITATOR);
        assertThat(fragment).contains("Emergency: call now", "112");
        assertThat(page(
                        "/referrals/emergency-numbers?communityId=" + kpetema + "&priority=NORMAL",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR))
                .doesNotContain("112", "emergency-numbers");

        UUID id = UUID.fromString(JsonPath.read(body(emergency), "$.referral.id"));
        assertThat(page("/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .contains("Emergency: call now", "href=\"tel:112\"");
    }

    @Test
    void thePathwayPageRecordsTheNumbersAndKeepsAMalformedOneBesideItsField() throws Exception {
        assertThat(page("/pathways/QZ0101", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .contains("id=\"emergency-form\"", "None recorded");
        assertThat(page("/pathways/QZ0101", FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .doesNotContain("id=\"emergency-form\"");

        MvcTestResult refused = numbersForm("11x2", "116");
        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getContentAsString())
                .contains("Give a phone number", "value=\"11x2\"", "value=\"116\"");

        assertThat(numbersForm("112", "116")).hasRedirectedUrl("/pathways/QZ0101");
        assertThat(page("/pathways/QZ010101", FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .contains("href=\"tel:112\"", "href=\"tel:116\"");
    }

    private long audited() {
        return jdbc.sql("select count(*) from access_audit where action = 'EMERGENCY_NUMBERS_SET'")
                .query(Long.class)
                .single();
    }

    private MvcTestResult numbersForm(String emergency, String helpline) {
        return mvc.post()
                .uri("/pathways/QZ0101/emergency-numbers")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("emergency", emergency)
                .param("helpline", helpline)
                .exchange();
    }

    private MvcTestResult put(String uri, String json) {
        return org.harambee.ApiRequests.put(mvc, uri, COORDINATOR, Role.DISTRICT_COORDINATOR, json);
    }

    private String page(String uri, String user, Role role) throws Exception {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .with(TestAccounts.as(user, role))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }
}
