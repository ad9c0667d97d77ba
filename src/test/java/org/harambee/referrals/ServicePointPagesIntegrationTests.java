package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The service point pages: the register and a service point for readers, the form for managers, refused input shown
 * beside its field with nothing written, and a district's service points closed to another district.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServicePointPagesIntegrationTests extends QuzlandServicePoints {

    @Test
    void aRefusedFormShowsEachProblemBesideItsFieldEveryAreaRefusedNamedAndWritesNothing() throws Exception {
        long before = count("referral_service_point");

        MvcTestResult refused = mvc.post()
                .uri("/service-points")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .header("Accept-Language", "en")
                .param("name", "Amber office")
                .param("category", "SOCIAL_WELFARE")
                .param("unit", "QZ0101")
                .param("areas", "QZ0101, QZ020101, QZ9999")
                .param("email", "not an address")
                .exchange();

        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getContentAsString())
                .contains(
                        "Please correct the marked fields.",
                        "Cedar East (QZ020101) is out of reach",
                        "No place has the P-code QZ9999.",
                        "Give an e-mail address such as office@example.org.",
                        "value=\"Amber office\"");
        assertThat(count("referral_service_point")).isEqualTo(before);
    }

    @Test
    void readersSeeTheRegisterAndAServicePointAndOnlyItsManagersSeeTheEditButton() throws Exception {
        UUID office = register("Amber social welfare office", "SOCIAL_WELFARE", "QZ0101", "\"onPlatform\":true");

        assertThat(page("/service-points?unit=QZ010101", FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .contains("Amber social welfare office", "1 service point");
        assertThat(page("/service-points/" + office, FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .contains("Amber social welfare office", "Referral pathway of Amber")
                .doesNotContain("/edit");
        assertThat(page("/service-points/" + office, COORDINATOR, Role.DISTRICT_COORDINATOR))
                .contains("/service-points/" + office + "/edit", "Save the officers", "amber-officer (synthetic)");
        assertThat(mvc.get()
                        .uri("/service-points/" + office + "/edit")
                        .with(TestAccounts.as(CEDAR_COORDINATOR, Role.DISTRICT_COORDINATOR))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/pathways/QZ0201")
                        .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void aCoordinatorRecordsTheTrainedFocalPersonOfAHealthPostOffThePlatform() throws Exception {
        UUID post = register("Amber North health post", "HEALTH", "QZ010101", "\"onPlatform\":false");

        // a day that is no day is refused before the service is asked: its message alone, the day not kept
        MvcTestResult unreadable = focalPerson(post, "", "not a date");
        assertThat(unreadable).hasStatusOk();
        assertThat(unreadable.getResponse().getContentAsString())
                .contains("Give a date such as 2026-03-14.")
                .doesNotContain("Give the name of the focal person.", "not a date");
        MvcTestResult refused = focalPerson(post, "", "");
        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getContentAsString())
                .contains("Give the name of the focal person.", "Give the day the training ended.");
        assertThat(count("referral_service_point_focal_person")).isZero();

        assertThat(focalPerson(post, "Synthetic Focal Person", "2026-01-10"))
                .hasRedirectedUrl("/service-points/" + post);

        assertThat(page("/service-points/" + post, FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .contains("Synthetic Focal Person, trained on 2026-01-10")
                .doesNotContain("focal-person-form");
    }

    private MvcTestResult focalPerson(UUID servicePoint, String name, String trainedOn) {
        return mvc.post()
                .uri("/service-points/" + servicePoint + "/focal-person")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .header("Accept-Language", "en")
                .param("name", name)
                .param("trainedOn", trainedOn)
                .exchange();
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
