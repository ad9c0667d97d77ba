package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.referrals.sms.SmsIntakeIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The referral pages: the form refuses beside each field and keeps what was typed, sends in one step, the lists and
 * the referral page show what each reader may do, the child's identity opens on request for the accepting office
 * only, and the administrators' dead letters page lists failures without their content.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralPagesIntegrationTests extends QuzlandReferrals {

    @Test
    void theFormRefusesBesideEachFieldKeepsWhatWasTypedAndWritesNothing() throws Exception {
        assertThat(page("/referrals/new?community=" + kpetema, FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .contains(
                        "Refer a child",
                        "Kpetema",
                        "Amber social welfare office (Child protection and social welfare)");

        MvcTestResult refused = form(
                "/referrals",
                FACILITATOR,
                Role.COMMUNITY_FACILITATOR,
                "send",
                "category",
                "HEALTH",
                "childName",
                "Synthetic Kept Name");
        assertThat(refused).hasStatusOk();
        String html = refused.getResponse().getContentAsString();
        assertThat(html)
                .contains("Please correct the marked fields.", "Choose one.", "Give the reason for the referral.")
                .contains("value=\"Synthetic Kept Name\"");
        assertThat(count("referral")).isZero();
    }

    @Test
    void aReferralIsSentInOneStepAndAnsweredFromItsPage() throws Exception {
        MvcTestResult sent = form(
                "/referrals",
                FACILITATOR,
                Role.COMMUNITY_FACILITATOR,
                "send",
                "category",
                "SOCIAL_WELFARE",
                "priority",
                "URGENT",
                "ageBand",
                "AGE_5_9",
                "sex",
                "MALE",
                "reason",
                "Left alone for days",
                "childName",
                CHILD_NAME,
                "caregiverConsent",
                "true",
                "childAssent",
                "true",
                "scope",
                "All to the office");
        assertThat(sent).hasStatus3xxRedirection();
        UUID id = UUID.fromString(sent.getResponse().getRedirectedUrl().substring("/referrals/".length()));
        assertThat(status(id)).isEqualTo("SENT");

        assertThat(page("/referrals", OFFICER, Role.SERVICE_POINT_OFFICER)).contains("Inbox", "Urgent", "Kpetema");
        String shown = page("/referrals/" + id, OFFICER, Role.SERVICE_POINT_OFFICER);
        assertThat(shown)
                .contains("action-ACCEPT", "action-DECLINE")
                .doesNotContain(CHILD_NAME, "Show who the child is");

        MvcTestResult declined = transition(id, "DECLINE", "");
        assertThat(declined.getResponse().getContentAsString()).contains("Give the reason.");
        assertThat(transition(id, "ACCEPT", "We will visit")).hasStatus3xxRedirection();
        assertThat(page("/referrals/" + id, OFFICER, Role.SERVICE_POINT_OFFICER))
                .contains("Show who the child is");
        MvcTestResult identity = mvc.post()
                .uri("/referrals/" + id + "/identity")
                .with(TestAccounts.as(OFFICER, Role.SERVICE_POINT_OFFICER))
                .with(csrf())
                .exchange();
        assertThat(identity.getResponse().getContentAsString())
                .contains(CHILD_NAME)
                .doesNotContain("<html");
        assertThat(mvc.post()
                        .uri("/referrals/" + id + "/identity")
                        .with(TestAccounts.as(POLICE, Role.SERVICE_POINT_OFFICER))
                        .with(csrf())
                        .exchange())
                .hasStatus(403);

        assertThat(page("/referrals?box=MINE", FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .contains("Accepted", "We will visit");
    }

    @Test
    void theSenderGivesAnOfficeWithoutAccountsANewLinkFromTheReferralPage() throws Exception {
        UUID id = drafted("HEALTH", "NORMAL");
        post("/api/v1/referrals/" + id + "/consent", FACILITATOR, Role.COMMUNITY_FACILITATOR, CONSENT);
        act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "SEND", null);
        assertThat(page("/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .contains("New link for the office");
        assertThat(page("/referrals/" + sent("SOCIAL_WELFARE", "NORMAL"), FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .doesNotContain("New link for the office");

        MvcTestResult renewed = mvc.post()
                .uri("/referrals/" + id + "/link")
                .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .with(csrf())
                .exchange();

        assertThat(renewed).hasStatus3xxRedirection();
        assertThat(renewed.getMvcResult().getFlashMap().get("link").toString())
                .matches("http://localhost/r/[A-Za-z0-9_-]{43}");
        assertThat(jdbc.sql("select count(*) from referral_link where referral_id = ? and revoked_at is null")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theServicePointChoiceFollowsTheCommunity() throws Exception {
        String options = page(
                "/referrals/service-point-options?communityId=" + kpetema, FACILITATOR, Role.COMMUNITY_FACILITATOR);
        assertThat(options).contains("Amber social welfare office", "Hill social welfare office", "Amber health post");
        assertThat(page(
                        "/referrals/service-point-options?communityId=" + kpetema,
                        LAKE_FACILITATOR,
                        Role.COMMUNITY_FACILITATOR))
                .doesNotContain("Amber social welfare office");
    }

    @Test
    void thePagesSpeakTheReadersLanguage() throws Exception {
        UUID id = sent("SOCIAL_WELFARE", "EMERGENCY");
        String french = mvc.get()
                .uri("/referrals/" + id)
                .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .header("Accept-Language", "fr")
                .cookie(new jakarta.servlet.http.Cookie("harambee-lang", "fr"))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(french).contains("Orientation", "Urgence absolue", "Envoyée");
        String swahili = mvc.get()
                .uri("/referrals")
                .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .cookie(new jakarta.servlet.http.Cookie("harambee-lang", "sw"))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(swahili).contains("Mpe mtoto rufaa", "Dharura");
    }

    @Test
    void administratorsSeeDeadLettersWithoutTheirContent() throws Exception {
        mvc.post()
                .uri("/api/v1/sms/rapidpro")
                .header("X-Harambee-Secret", "synthetic-sms-secret")
                .contentType(MediaType.APPLICATION_JSON)
                .content(SmsIntakeIntegrationTests.payload("run-page", UUID.randomUUID()))
                .exchange();
        String html = mvc.get()
                .uri("/sms/dead-letters")
                .with(TestAccounts.administrator())
                .header("Accept-Language", "en")
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("run-page", "unknown community", "Replay").doesNotContain(CHILD_NAME);
        assertThat(mvc.get().uri("/sms/dead-letters").with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR)))
                .hasStatus(403);
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

    private MvcTestResult form(String uri, String user, Role role, String intent, String... fields) {
        var request = mvc.post()
                .uri(uri)
                .with(TestAccounts.as(user, role))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("intent", intent)
                .param("communityId", kpetema.toString());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult transition(UUID id, String action, String note) {
        return mvc.post()
                .uri("/referrals/" + id + "/transitions")
                .with(TestAccounts.as(OFFICER, Role.SERVICE_POINT_OFFICER))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("action", action)
                .param("note", note)
                .exchange();
    }
}
