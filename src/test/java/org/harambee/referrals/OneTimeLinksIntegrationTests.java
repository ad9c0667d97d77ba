package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.harambee.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A service point not on the platform answers through a one-time link: it sees the minimal data only, acknowledges,
 * accepts and reports the service without an account, every step audited; forged, replaced and expired links open
 * nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OneTimeLinksIntegrationTests extends QuzlandReferrals {

    @Test
    void anOfficeWithoutAccountsAnswersThroughItsLink() throws Exception {
        UUID id = drafted("HEALTH", "URGENT");
        post("/api/v1/referrals/" + id + "/consent", FACILITATOR, Role.COMMUNITY_FACILITATOR, CONSENT);
        MvcTestResult sent = act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "SEND", null);
        String link = JsonPath.read(body(sent), "$.link");
        assertThat(link).matches("http://localhost/r/[A-Za-z0-9_-]{43}");
        String path = link.substring("http://localhost".length());
        assertThat(jdbc.sql("select count(*) from referral_link where token_hash = ?")
                        .param(path.substring(3))
                        .query(Long.class)
                        .single())
                .as("only the digest is stored")
                .isZero();

        MvcTestResult page = mvc.get().uri(path).header("Accept-Language", "en").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        String html = page.getResponse().getContentAsString();
        assertThat(html)
                .contains("Amber health post", "Out of school, works at the market")
                .doesNotContain(CHILD_NAME);

        answer(path, "ACKNOWLEDGE", null);
        answer(path, "ACCEPT", null);
        answer(path, "PROVIDE", "Seen by the nurse");

        String shown = body(get("/api/v1/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR));
        assertThat(JsonPath.<String>read(shown, "$.referral.status")).isEqualTo("SERVICE_PROVIDED");
        assertThat(JsonPath.<String>read(shown, "$.referral.feedbackMessage")).isEqualTo("Seen by the nurse");
        assertThat(JsonPath.<List<String>>read(shown, "$.referral.timeline[*].via"))
                .containsExactly("ACCOUNT", "LINK", "LINK", "LINK");
        assertThat(jdbc.sql("select distinct actor from access_audit where record_id = ? and action like 'REFERRAL_%'"
                                + " and action <> 'REFERRAL_SEND' and action not like 'REFERRAL_C%'")
                        .param(id.toString())
                        .query(String.class)
                        .list())
                .containsExactly("link: Amber health post");
    }

    @Test
    void forgedReplacedAndExpiredLinksOpenNothingAndChangeNothing() throws Exception {
        UUID id = drafted("HEALTH", "NORMAL");
        post("/api/v1/referrals/" + id + "/consent", FACILITATOR, Role.COMMUNITY_FACILITATOR, CONSENT);
        String first = path(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "SEND", null));

        String forged = "/r/" + "A".repeat(43);
        assertThat(mvc.get().uri(forged).exchange()).hasStatus(404);
        assertThat(mvc.post().uri(forged).param("action", "ACCEPT").with(csrf()).exchange())
                .hasStatus(404);

        String second = path(post("/api/v1/referrals/" + id + "/link", FACILITATOR, Role.COMMUNITY_FACILITATOR, "{}"));
        assertThat(mvc.get().uri(first).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(second).exchange()).hasStatusOk();

        jdbc.sql("update referral_link set expires_at = ? where referral_id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), id)
                .update();
        MvcTestResult expired = mvc.post()
                .uri(second)
                .param("action", "ACCEPT")
                .with(csrf())
                .header("Accept-Language", "en")
                .exchange();
        assertThat(expired).hasStatus(404);
        assertThat(expired.getResponse().getContentAsString()).contains("This link does not work");
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void aLinkAnswersForTheServicePointOnlyAndInOrder() throws Exception {
        UUID id = drafted("HEALTH", "NORMAL");
        post("/api/v1/referrals/" + id + "/consent", FACILITATOR, Role.COMMUNITY_FACILITATOR, CONSENT);
        String path = path(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "SEND", null));

        MvcTestResult withdraw = mvc.post()
                .uri(path)
                .param("action", "WITHDRAW")
                .param("note", "no")
                .with(csrf())
                .header("Accept-Language", "en")
                .exchange();
        assertThat(withdraw.getResponse().getContentAsString())
                .contains("This link answers for the service point only.");
        MvcTestResult early = mvc.post()
                .uri(path)
                .param("action", "PROVIDE")
                .with(csrf())
                .header("Accept-Language", "en")
                .exchange();
        assertThat(early.getResponse().getContentAsString()).contains("A referral that is SENT cannot be PROVIDE");
        assertThat(status(id)).isEqualTo("SENT");
        assertThat(post(
                        "/api/v1/referrals/" + UUID.randomUUID() + "/link",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR,
                        "{}"))
                .hasStatus(404);
        UUID onPlatform = sent("SOCIAL_WELFARE", "NORMAL");
        assertThat(post("/api/v1/referrals/" + onPlatform + "/link", FACILITATOR, Role.COMMUNITY_FACILITATOR, "{}"))
                .hasStatus(409);
    }

    private void answer(String path, String action, String note) {
        var request = mvc.post().uri(path).param("action", action).with(csrf());
        if (note != null) {
            request = request.param("note", note);
        }
        assertThat(request.exchange()).hasStatus3xxRedirection();
    }

    private static String path(MvcTestResult result) {
        assertThat(result).hasStatus2xxSuccessful();
        String link = JsonPath.read(body(result), "$.link");
        return link.substring(link.indexOf("/r/"));
    }
}
