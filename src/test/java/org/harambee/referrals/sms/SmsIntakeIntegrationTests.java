package org.harambee.referrals.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.harambee.referrals.QuzlandReferrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS intake from a RapidPro flow: a concern becomes a draft for the community's facilitator once per run; replays,
 * wrong secrets and payloads that cannot be taken in change nothing, and the latter wait sealed in the dead letters
 * until an administrator replays them.
 */
@SpringBootTest
@AutoConfigureMockMvc
public class SmsIntakeIntegrationTests extends QuzlandReferrals {

    static final String SECRET = "synthetic-sms-secret";

    @Autowired
    SmsIntake intake;

    @Autowired
    SmsDeadLetters deadLetters;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JsonMapper json;

    public static String payload(String runUuid, UUID community) {
        return """
                {"contact": {"uuid": "c-0001", "name": "Synthetic Reporter", "urn": "tel:+000555000111"},
                 "flow": {"uuid": "f-0001", "name": "Report a concern"},
                 "path": [],
                 "results": {
                   "community": {"name": "Community", "value": "%s", "category": "Has Text"},
                   "category": {"name": "Category", "value": "2", "category": "Health"},
                   "age_band": {"name": "Age band", "value": "3", "category": "Age 10 14"},
                   "sex": {"name": "Sex", "value": "girl", "category": "Female"},
                   "reason": {"name": "Reason", "value": "Fever for a week", "category": "Has Text",
                              "input": "Fever for a week, no clinic visit"},
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
        assertThat(JsonPath.<String>read(draft, "$.referral.reason")).isEqualTo("Fever for a week, no clinic visit");
        assertThat(JsonPath.<String>read(
                        body(get("/api/v1/referrals/" + id + "/identity", FACILITATOR, Role.COMMUNITY_FACILITATOR)),
                        "$.name"))
                .isEqualTo(CHILD_NAME);
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/referrals/notices", FACILITATOR, Role.COMMUNITY_FACILITATOR)), "$[*].kind"))
                .containsExactly("SMS_CONCERN");

        MvcTestResult replayed = deliver(SECRET, payload("run-0001", kpetema));
        assertThat(replayed).hasStatus(200);
        assertThat(JsonPath.<String>read(body(replayed), "$.status")).isEqualTo("DUPLICATE");
        assertThat(JsonPath.<Boolean>read(body(replayed), "$.ok")).isTrue();
        assertThat(JsonPath.<String>read(body(replayed), "$.referralId")).isEqualTo(id.toString());
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
        // RapidPro's webhook node files any answer but 2xx under Failure: the flow tells the reporter it is kept
        assertThat(kept).hasStatus(422);
        assertThat(JsonPath.<String>read(body(kept), "$.status")).isEqualTo("KEPT_FOR_REVIEW");
        assertThat(JsonPath.<Boolean>read(body(kept), "$.ok")).isFalse();
        String letter = JsonPath.read(body(kept), "$.deadLetterId");
        assertThat(deliver(SECRET, payload("run-0003", birch))).hasStatus(422);
        assertThat(deliver(SECRET, "{not json")).hasStatus(422);
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
        assertThat(JsonPath.<Integer>read(listed, "$.totalItems")).isEqualTo(2);
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

    /**
     * The sample flow of docs/rapidpro, its Call Webhook action with the flow editor's default body (contact, flow,
     * results; no run, no input): the body built as RapidPro builds it from the flow's result names is taken in once,
     * and the same answers again are a duplicate, not a dead letter.
     */
    @Test
    void theSampleFlowsDefaultBodyIsTakenInOnce() throws Exception {
        JsonNode export = json.readTree(Files.readString(Path.of("docs/rapidpro/report-a-concern.json")));
        JsonNode flow = export.path("flows").get(0);
        JsonNode webhook = null;
        Map<String, String> resultNames = new LinkedHashMap<>();
        for (JsonNode node : flow.path("nodes")) {
            for (JsonNode action : node.path("actions")) {
                if (action.path("type").asString().equals("call_webhook")) {
                    webhook = action;
                } else if (action.path("type").asString().equals("set_run_result")) {
                    resultNames.put(
                            action.path("name").asString(), action.path("value").asString());
                }
            }
            if (node.path("router").has("result_name") && node.path("router").has("wait")) {
                resultNames.put(node.path("router").path("result_name").asString(), "@input.text");
            }
        }
        assertThat(webhook).isNotNull();
        assertThat(webhook.path("method").asString()).isEqualTo("POST");
        assertThat(webhook.path("url").asString()).endsWith("/api/v1/sms/rapidpro");
        assertThat(webhook.path("headers").has(SmsApiController.SECRET_HEADER)).isTrue();
        assertThat(webhook.path("body").asString().replaceAll("\\s+", ""))
                .isEqualTo(FLOW_EDITOR_DEFAULT_BODY.replaceAll("\\s+", ""));
        assertThat(resultNames).containsKeys("Community", "Category", "Age band", "Sex", "Reason", "Child name");

        // what RapidPro's expressions give for a reporter's answers: result keys are the snake-cased result names
        Map<String, String[]> answers = Map.of(
                "Community", new String[] {kpetema.toString(), ""},
                "Category", new String[] {"3", "Social welfare"},
                "Age band", new String[] {"2", "Age 5 9"},
                "Sex", new String[] {"boy", "Male"},
                "Reason", new String[] {"He sleeps at the bus park since his mother left", "Has Text"},
                "Child name", new String[] {CHILD_NAME, "Has Text"});
        var results = json.createObjectNode();
        resultNames
                .keySet()
                .forEach(name -> results.putObject(
                                name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_"))
                        .put("value", answers.get(name)[0])
                        .put("category", answers.get(name)[1]));
        var body = json.createObjectNode();
        body.putObject("contact")
                .put("uuid", "7a0c6b8e-3d2f-4c1a-9b5e-0f1e2d3c4b5a")
                .put("name", "Synthetic Reporter")
                .put("urn", "tel:+000555000222");
        body.putObject("flow")
                .put("uuid", flow.path("uuid").asString())
                .put("name", flow.path("name").asString());
        body.set("results", results);

        MvcTestResult first = deliver(SECRET, body.toString());
        assertThat(first).hasStatus(201);
        assertThat(JsonPath.<String>read(body(first), "$.status")).isEqualTo("CREATED");
        assertThat(JsonPath.<String>read(body(first), "$.reference")).isNotBlank();
        String id = JsonPath.read(body(first), "$.referralId");
        String draft = body(get("/api/v1/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR));
        assertThat(JsonPath.<String>read(draft, "$.referral.category")).isEqualTo("SOCIAL_WELFARE");
        assertThat(JsonPath.<String>read(draft, "$.referral.ageBand")).isEqualTo("AGE_5_9");
        assertThat(JsonPath.<String>read(draft, "$.referral.sex")).isEqualTo("MALE");
        assertThat(JsonPath.<String>read(draft, "$.referral.reason"))
                .isEqualTo("He sleeps at the bus park since his mother left");

        MvcTestResult again = deliver(SECRET, body.toString());
        assertThat(again).hasStatus(200);
        assertThat(JsonPath.<String>read(body(again), "$.status")).isEqualTo("DUPLICATE");
        assertThat(count("referral")).isOne();
        assertThat(count("referral_sms_dead_letter")).isZero();

        // another concern of the same reporter in the same flow is another draft
        results.putObject("reason")
                .put("value", "Another child at the same place")
                .put("category", "Has Text");
        assertThat(deliver(SECRET, body.toString())).hasStatus(201);
        assertThat(count("referral")).isEqualTo(2);

        // a body with neither run nor flow and contact uuids waits in the dead letters
        body.remove("flow");
        assertThat(deliver(SECRET, body.toString())).hasStatus(422);
        assertThat(jdbc.sql("select error from referral_sms_dead_letter")
                        .query(String.class)
                        .single())
                .isEqualTo("no run or message uuid, and no flow and contact uuid");
    }

    /** Issue 17, point 8: SMS drafts have no service point yet; the facilitator's lists still answer. */
    @Test
    void theFacilitatorsOwnListsShowSmsDraftsWithoutARoute() {
        // no route for education in Amber: the draft waits without a service point
        assertThat(deliver(SECRET, payload("run-0010", kpetema).replace("\"Health\"", "\"Education\"")))
                .hasStatus(201);
        MvcTestResult mine = get("/api/v1/referrals?box=MINE", FACILITATOR, Role.COMMUNITY_FACILITATOR);
        assertThat(mine).hasStatus(200);
        assertThat(JsonPath.<List<String>>read(body(mine), "$.items[*].status")).containsExactly("DRAFT");
        assertThat(JsonPath.<List<Object>>read(body(mine), "$.items[*].servicePointName"))
                .containsExactly((Object) null);
        MvcTestResult page = mvc.get()
                .uri("/referrals?box=MINE")
                .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("Kpetema");
        assertThat(mvc.get()
                        .uri("/referrals")
                        .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                        .exchange())
                .hasStatusOk();
        // a draft with a route next to it
        drafted("SOCIAL_WELFARE", "NORMAL");
        assertThat(get("/api/v1/referrals?box=MINE", FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatus(200);
    }

    @Test
    void theSecretIsCheckedBeforeTheBodyIsReadAndTheBodyIsCapped() {
        SmsApiController controller = new SmsApiController(intake, null);
        MockHttpServletRequest unread = new MockHttpServletRequest("POST", "/api/v1/sms/rapidpro") {
            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                throw new AssertionError("the body was read before the secret was checked");
            }
        };
        unread.setContentType("application/json");
        assertThatThrownBy(() -> controller.rapidPro("guess", unread)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> controller.rapidPro(null, unread)).isInstanceOf(BadCredentialsException.class);

        // a stream without a length (chunked) is read up to the cap, not further
        CountingStream endless = new CountingStream();
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/v1/sms/rapidpro") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                return endless;
            }
        };
        assertThatThrownBy(() -> controller.rapidPro(SECRET, chunked)).isInstanceOf(SmsBodyTooLargeException.class);
        assertThat(endless.read).isLessThanOrEqualTo(SmsApiController.MAX_BODY + 1L);

        byte[] big = new byte[SmsApiController.MAX_BODY + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        MvcTestResult tooLarge = mvc.post()
                .uri("/api/v1/sms/rapidpro")
                .header("Accept-Language", "en")
                .header("X-Harambee-Secret", SECRET)
                .contentType(MediaType.APPLICATION_JSON)
                .content(big)
                .exchange();
        assertThat(tooLarge).hasStatus(413);
        assertThat(tooLarge.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(body(tooLarge), "$.detail")).contains("64 KB");
        assertThat(count("referral_sms_dead_letter")).isZero();
    }

    @Test
    void aDeadLetterIsNeverKeptInsideAnotherTransaction() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(
                        status -> deadLetters.keep("run-0020", "{}".getBytes(), "test")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(deadLetters.keep("run-0020", "{}".getBytes(), "test")).isNotNull();
        assertThat(count("referral_sms_dead_letter")).isOne();
    }

    static final String FLOW_EDITOR_DEFAULT_BODY = """
            @(json(object(
              "contact", object(
                "uuid", contact.uuid,
                "name", contact.name,
                "urn", contact.urn
              ),
              "flow", object(
                "uuid", run.flow.uuid,
                "name", run.flow.name
              ),
              "results", foreach_value(results, extract_object, "value", "category")
            )))""";

    /** An endless body of spaces that counts what was read. */
    static final class CountingStream extends jakarta.servlet.ServletInputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public boolean isFinished() {
            return false;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(jakarta.servlet.ReadListener listener) {}
    }

    private MvcTestResult replay(String letter) {
        return mvc.post()
                .uri("/api/v1/sms/dead-letters/" + letter + "/replay")
                .with(TestAccounts.administrator())
                .header("Accept-Language", "en")
                .exchange();
    }
}
