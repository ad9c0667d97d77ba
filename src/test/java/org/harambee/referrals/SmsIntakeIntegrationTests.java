package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * SMS intake from a RapidPro flow: a concern becomes a draft for the community's facilitator once per run; replays,
 * wrong secrets and payloads that cannot be taken in change nothing, and the latter wait sealed in the dead letters
 * until an administrator replays them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SmsIntakeIntegrationTests extends QuzlandReferrals {

    static final String SECRET = "synthetic-sms-secret";

    static String payload(String runUuid, UUID community) {
        return """
                {"contact": {"uuid": "c-0001", "name": "Synthetic Reporter", "urn": "tel:+000555000111"},
                 "flow": {"uuid": "f-0001", "name": "Report a concern"},
                 "path": [],
                 "results": {
                   "community": {"name": "Community", "value": "%s", "category": "Has Text"},
                   "category": {"name": "Category", "value": "2", "category": "Health"},
                   "age_band": {"name": "Age band", "value": "3", "category": "Age 10 14"},
                   "sex": {"name": "Sex", "value": "girl", "category": "Female"},
                   "reason": {"name": "Reason", "value": "Fever for a week, no clinic visit", "category": "Has Text"},
                   "child_name": {"name": "Child name", "value": "%s", "category": "Has Text"}
                 },
                 "run": {"uuid": "%s", "created_on": "2026-11-20T08:00:00Z"},
                 "input": {"uuid": "m-%s", "type": "msg", "text": "yes"},
                 "channel": {"uuid": "ch-1", "name": "Synthetic channel"}}
                """.formatted(community, CHILD_NAME, runUuid, runUuid);
    }

    MvcTestResult deliver(String secret, String body) {
        var request = mvc.post()
                .uri("/api/v1/sms/rapidpro")
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (secret != null) {
            request = request.header("X-Harambee-Secret", secret);
        }
        return request.exchange();
    }

    @Test
    void aConcernBecomesADraftForTheFacilitatorOncePerRun() {
        MvcTestResult first = deliver(SECRET, payload("run-0001", kpetema));
        assertThat(first).hasStatus(201);
        UUID id = UUID.fromString(JsonPath.read(body(first), "$.referralId"));

        String draft = body(get("/api/v1/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR));
        assertThat(JsonPath.<String>read(draft, "$.referral.status")).isEqualTo("DRAFT");
        assertThat(JsonPath.<String>read(draft, "$.referral.source")).isEqualTo("SMS");
        assertThat(JsonPath.<String>read(draft, "$.referral.category")).isEqualTo("HEALTH");
        assertThat(JsonPath.<String>read(draft, "$.referral.ageBand")).isEqualTo("AGE_10_14");
        assertThat(JsonPath.<String>read(draft, "$.referral.sex")).isEqualTo("FEMALE");
        assertThat(JsonPath.<String>read(
                        body(get("/api/v1/referrals/" + id + "/identity", FACILITATOR, Role.COMMUNITY_FACILITATOR)),
                        "$.name"))
                .isEqualTo(CHILD_NAME);
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/referrals/notices", FACILITATOR, Role.COMMUNITY_FACILITATOR)), "$[*].kind"))
                .containsExactly("SMS_CONCERN");

        MvcTestResult replayed = deliver(SECRET, payload("run-0001", kpetema));
        assertThat(replayed).hasStatus(409);
        assertThat(JsonPath.<String>read(body(replayed), "$.detail")).startsWith("This payload was taken in before");
        assertThat(count("referral")).isOne();

        // the facilitator records consent and sends the concern on
        assertThat(post("/api/v1/referrals/" + id + "/consent", FACILITATOR, Role.COMMUNITY_FACILITATOR, CONSENT))
                .hasStatus(200);
        assertThat(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "SEND", null))
                .hasStatus(200);
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void aWrongOrMissingSecretIsRefusedAndChangesNothing() {
        assertThat(deliver(null, payload("run-0002", kpetema))).hasStatus(401);
        assertThat(deliver("guess", payload("run-0002", kpetema))).hasStatus(401);
        assertThat(count("referral")).isZero();
        assertThat(count("referral_sms_dead_letter")).isZero();
    }

    @Test
    void aPayloadThatCannotBeTakenInWaitsSealedUntilItsReplay() {
        UUID birch = CommunityTables.community(jdbc, "Birchwood", "QZ010201");
        MvcTestResult kept = deliver(SECRET, payload("run-0003", birch));
        assertThat(kept).hasStatus(202);
        assertThat(JsonPath.<String>read(body(kept), "$.status")).isEqualTo("KEPT_FOR_REVIEW");
        String letter = JsonPath.read(body(kept), "$.deadLetterId");
        assertThat(deliver(SECRET, payload("run-0003", birch))).hasStatus(202);
        assertThat(deliver(SECRET, "{not json")).hasStatus(202);
        assertThat(count("referral")).isZero();
        assertThat(new String(
                        jdbc.sql("select payload from referral_sms_dead_letter where id = ?")
                                .param(UUID.fromString(letter))
                                .query(byte[].class)
                                .single(),
                        java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Synthetic Childname");

        String listed = body(mvc.get()
                .uri("/api/v1/sms/dead-letters")
                .with(TestAccounts.administrator())
                .exchange());
        assertThat(JsonPath.<Integer>read(listed, "$.total")).isEqualTo(2);
        assertThat(JsonPath.<List<Object>>read(listed, "$.items[?(@.idempotencyKey == 'run-0003')].attempts"))
                .containsExactly(2);
        assertThat(listed).doesNotContain("Synthetic Childname");
        assertThat(mvc.get()
                        .uri("/api/v1/sms/dead-letters")
                        .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                        .exchange())
                .hasStatus(403);

        String failed = body(replay(letter));
        assertThat(JsonPath.<Boolean>read(failed, "$.resolved")).isFalse();
        assertThat(JsonPath.<String>read(failed, "$.error")).isEqualTo("no facilitator account covers the community");

        TestAccounts.create(jdbc, "birch-facilitator", PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ0102");
        String resolved = body(replay(letter));
        assertThat(JsonPath.<Boolean>read(resolved, "$.resolved")).isTrue();
        assertThat(jdbc.sql("select created_by from referral")
                        .query(String.class)
                        .single())
                .isEqualTo("birch-facilitator");
        assertThat(replay(letter)).hasStatus(409);
        assertThat(count("referral")).isOne();
    }

    private MvcTestResult replay(String letter) {
        return mvc.post()
                .uri("/api/v1/sms/dead-letters/" + letter + "/replay")
                .with(TestAccounts.administrator())
                .header("Accept-Language", "en")
                .exchange();
    }
}
