package org.harambee.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.ApiRequests;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The delivery log (page and API) for administrators only, recipients masked, a failed message sent again by hand
 * and audited; each account's channels and quiet hours on its page and in the API, refused field by field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationsWebIntegrationTests {

    static final String FACILITATOR = "web-facilitator";
    static final String INTEGRATOR = "admin";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    UUID sent;
    UUID failed;
    UUID failedLink;

    @BeforeEach
    void aLogOfThreeMessages() {
        jdbc.sql("delete from notification_outbox").update();
        jdbc.sql("delete from notification_preference").update();
        TestAccounts.create(jdbc, FACILITATOR, "synthetic-web-pass-1", Role.COMMUNITY_FACILITATOR);
        jdbc.sql("update access_user set email = 'web.facilitator@example.org', phone = null where username = ?")
                .param(FACILITATOR)
                .update();
        sent = row("ACCOUNT", FACILITATOR, "web.facilitator@example.org", "EMAIL", "SENT", false);
        failed = row("ACCOUNT", FACILITATOR, "web.facilitator@example.org", "EMAIL", "FAILED", false);
        failedLink = row("ADDRESS", UUID.randomUUID().toString(), "+232 76 555 0101", "SMS", "FAILED", true);
    }

    @Test
    void theLogIsForAdministratorsOnlyWithRecipientsMasked() throws Exception {
        assertThat(mvc.get().uri("/api/v1/notifications").exchange()).hasStatus(401);
        assertThat(ApiRequests.get(mvc, "/api/v1/notifications", FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatus(403);
        MvcTestResult all = ApiRequests.get(mvc, "/api/v1/notifications", INTEGRATOR, Role.ADMINISTRATOR);
        assertThat(all).hasStatusOk();
        String json = all.getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(json, "$.totalItems")).isEqualTo(3);
        assertThat(json)
                .contains("w•••@example.org", "+23••••••••01")
                .doesNotContain("web.facilitator@example.org", "555 0101", "HMB-WEB");
        MvcTestResult onlyFailed =
                ApiRequests.get(mvc, "/api/v1/notifications?status=failed", INTEGRATOR, Role.ADMINISTRATOR);
        assertThat(JsonPath.<List<String>>read(onlyFailed.getResponse().getContentAsString(), "$.items[*].id"))
                .containsExactlyInAnyOrder(failed.toString(), failedLink.toString());
        MvcTestResult unknown =
                ApiRequests.get(mvc, "/api/v1/notifications?status=LOST", INTEGRATOR, Role.ADMINISTRATOR);
        assertThat(unknown).hasStatus(400);
        assertThat(JsonPath.<List<String>>read(unknown.getResponse().getContentAsString(), "$.errors[*].field"))
                .containsExactly("status");

        assertThat(mvc.get()
                        .uri("/notifications/log")
                        .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                        .exchange())
                .hasStatus(403);
        MvcTestResult page = mvc.get()
                .uri("/notifications/log")
                .with(TestAccounts.administrator())
                .header("Accept-Language", "fr")
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString())
                .contains("Messages envoyés : journal d&#39;envoi", "w•••@example.org", "Renvoyer")
                .doesNotContain("web.facilitator@example.org");
        assertThat(mvc.get()
                        .uri("/notifications/log?status=LOST&page=-3")
                        .with(TestAccounts.administrator())
                        .exchange())
                .as("a page's unknown filter shows everything, never an error")
                .hasStatusOk();
    }

    @Test
    void aFailedMessageIsSentAgainByHandAndAudited() throws Exception {
        MvcTestResult retried =
                ApiRequests.post(mvc, "/api/v1/notifications/" + failed + "/retry", INTEGRATOR, Role.ADMINISTRATOR, "");
        assertThat(retried).hasStatusOk();
        assertThat(JsonPath.<String>read(retried.getResponse().getContentAsString(), "$.status"))
                .isEqualTo("QUEUED");
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'NOTIFICATION_RETRIED' and record_id = ?")
                        .param(failed.toString())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(ApiRequests.post(
                        mvc, "/api/v1/notifications/" + sent + "/retry", INTEGRATOR, Role.ADMINISTRATOR, ""))
                .hasStatus(409);
        MvcTestResult link = ApiRequests.post(
                mvc, "/api/v1/notifications/" + failedLink + "/retry", INTEGRATOR, Role.ADMINISTRATOR, "");
        assertThat(link).hasStatus(409);
        assertThat(link.getResponse().getContentAsString()).contains("issue a new link from the referral");
        assertThat(ApiRequests.post(
                        mvc,
                        "/api/v1/notifications/" + UUID.randomUUID() + "/retry",
                        INTEGRATOR,
                        Role.ADMINISTRATOR,
                        ""))
                .hasStatus(404);
        assertThat(ApiRequests.post(
                        mvc,
                        "/api/v1/notifications/" + failedLink + "/retry",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR,
                        ""))
                .hasStatus(403);

        MvcTestResult byPage = mvc.post()
                .uri("/notifications/log/" + failedLink + "/retry")
                .with(TestAccounts.administrator())
                .with(csrf())
                .exchange();
        assertThat(byPage).hasStatus3xxRedirection();
        assertThat(byPage).flash().containsEntry("refused", "notifications.retry.link");
    }

    @Test
    void anAccountChoosesItsChannelsAndQuietHoursInTheApi() throws Exception {
        assertThat(mvc.get().uri("/api/v1/notifications/preferences").exchange())
                .hasStatus(401);
        MvcTestResult defaults =
                ApiRequests.get(mvc, "/api/v1/notifications/preferences", FACILITATOR, Role.COMMUNITY_FACILITATOR);
        assertThat(defaults).hasStatusOk();
        Map<String, Object> shown = JsonPath.read(defaults.getResponse().getContentAsString(), "$");
        assertThat(shown)
                .containsEntry("email", true)
                .containsEntry("sms", false)
                .containsEntry("inApp", true)
                .containsEntry("hasEmail", true)
                .containsEntry("hasPhone", false);

        assertThat(fieldsRefused("{\"email\":true,\"quietFrom\":\"25:00\",\"quietUntil\":\"07:00\"}"))
                .containsExactly("quietFrom");
        assertThat(fieldsRefused("{\"email\":true,\"quietFrom\":\"21:00\"}")).containsExactly("quietUntil");
        assertThat(fieldsRefused("{\"sms\":true}")).containsExactly("sms");

        long audited = changesAudited();
        MvcTestResult saved = ApiRequests.put(
                mvc,
                "/api/v1/notifications/preferences",
                FACILITATOR,
                Role.COMMUNITY_FACILITATOR,
                "{\"email\":true,\"inApp\":false,\"quietFrom\":\"21:00\",\"quietUntil\":\"7:00\"}");
        assertThat(saved).hasStatusOk();
        String again = ApiRequests.get(
                        mvc, "/api/v1/notifications/preferences", FACILITATOR, Role.COMMUNITY_FACILITATOR)
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(again, "$.quietFrom")).isEqualTo("21:00");
        assertThat(JsonPath.<String>read(again, "$.quietUntil")).isEqualTo("07:00");
        assertThat(JsonPath.<Boolean>read(again, "$.inApp"))
                .as("the notices are the work list: in-app stays on")
                .isTrue();
        assertThat(changesAudited()).isEqualTo(audited + 1);
    }

    @Test
    void theAccountPageLinksToAFormThatKeepsWhatWasTyped() throws Exception {
        MvcTestResult account = mvc.get()
                .uri("/account")
                .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .header("Accept-Language", "sw")
                .exchange();
        assertThat(account.getResponse().getContentAsString())
                .contains("href=\"/notifications/preferences\"", "Jinsi unavyopokea ujumbe");

        MvcTestResult refused = mvc.post()
                .uri("/notifications/preferences")
                .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("email", "true")
                .param("quietFrom", "22:00")
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getContentAsString())
                .contains("Give both ends of the quiet hours, or neither.", "value=\"22:00\"");

        MvcTestResult saved = mvc.post()
                .uri("/notifications/preferences")
                .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("inApp", "true")
                .param("quietFrom", "22:00")
                .param("quietUntil", "06:30")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select email from notification_preference where username = ?")
                        .param(FACILITATOR)
                        .query(Boolean.class)
                        .single())
                .as("a box left unticked is not chosen")
                .isFalse();
        MvcTestResult form = mvc.get()
                .uri("/notifications/preferences")
                .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(form.getResponse().getContentAsString()).contains("value=\"06:30\"", "Your account has no phone");
    }

    private long changesAudited() {
        return jdbc.sql("select count(*) from access_audit where action = 'NOTIFICATION_PREFERENCES_CHANGED'"
                        + " and record_id = ?")
                .param(FACILITATOR)
                .query(Long.class)
                .single();
    }

    private List<String> fieldsRefused(String json) throws Exception {
        MvcTestResult result = ApiRequests.put(
                mvc, "/api/v1/notifications/preferences", FACILITATOR, Role.COMMUNITY_FACILITATOR, json);
        assertThat(result).hasStatus(400);
        return JsonPath.read(result.getResponse().getContentAsString(), "$.errors[*].field");
    }

    private UUID row(String kind, String recipient, String address, String channel, String status, boolean link) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into notification_outbox (id, recipient_kind, recipient, address, channel, language,"
                        + " template, parameters, carries_secret, urgency, status, attempts, next_attempt_at,"
                        + " last_error, created_at, sent_at) values (?, ?, ?, ?, ?, 'en', ?, '[\"HMB-WEB\"]', ?,"
                        + " 'NORMAL', ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        kind,
                        recipient,
                        address,
                        channel,
                        link ? "linkIssued" : "referralArrived",
                        link,
                        status,
                        "FAILED".equals(status) ? 8 : 1,
                        Timestamp.from(Instant.now()),
                        "FAILED".equals(status) ? "RapidPro answered HTTP 500" : null,
                        Timestamp.from(Instant.now()),
                        "SENT".equals(status) ? Timestamp.from(Instant.now()) : null)
                .update();
        return id;
    }
}
