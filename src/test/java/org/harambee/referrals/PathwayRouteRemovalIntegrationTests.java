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
 * Removing a route from the pathway page asks first (a page step that needs no script), removes only once confirmed,
 * and then says "Removed.", not "Saved.".
 */
@SpringBootTest
@AutoConfigureMockMvc
class PathwayRouteRemovalIntegrationTests extends QuzlandServicePoints {

    @Test
    void aRouteIsRemovedOnlyOnceTheRemovalIsConfirmed() throws Exception {
        UUID hospital = register("Amber hospital", "HEALTH", "QZ0101", null);
        UUID route = UUID.fromString(JsonPath.read(
                body(post(
                        "/api/v1/pathways/routes",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"category\":\"HEALTH\",\"unit\":\"QZ0101\",\"servicePointId\":\"" + hospital + "\"}")),
                "$.id"));

        assertThat(page("/pathways/QZ0101", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .contains("/pathways/QZ0101?remove=" + route)
                .doesNotContain("id=\"confirm-remove\"");

        MvcTestResult unconfirmed = remove(route, null);
        assertThat(unconfirmed)
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/pathways/QZ0101?remove=" + route + "#confirm-remove");
        assertThat(count("referral_pathway_route")).isEqualTo(1);
        assertThat(page("/pathways/QZ0101?remove=" + route, COORDINATOR, Role.DISTRICT_COORDINATOR))
                .contains(
                        "id=\"confirm-remove\"",
                        "Remove the route for Health from Amber to Amber hospital?",
                        "name=\"confirm\" value=\"true\"");
        assertThat(page("/pathways/QZ0101?remove=" + route, FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .doesNotContain("id=\"confirm-remove\"");

        MvcTestResult confirmed = remove(route, "true");
        assertThat(confirmed).hasStatus3xxRedirection().hasRedirectedUrl("/pathways/QZ0101");
        assertThat(count("referral_pathway_route")).isZero();
        java.util.Map<String, Object> flash = confirmed.getMvcResult().getFlashMap();
        assertThat(flash.get("removed")).isEqualTo(true);
        assertThat(flash.containsKey("saved")).isFalse();
        assertThat(mvc.get()
                        .uri("/pathways/QZ0101")
                        .cookie(confirmed.getMvcResult().getResponse().getCookies())
                        .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                        .header("Accept-Language", "en"))
                .bodyText()
                .contains("Removed.")
                .doesNotContain("Saved.");
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

    private MvcTestResult remove(UUID route, String confirm) {
        var request = mvc.post()
                .uri("/pathways/QZ0101/routes/" + route + "/remove")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf());
        return (confirm == null ? request : request.param("confirm", confirm)).exchange();
    }
}
