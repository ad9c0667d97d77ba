package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The referral loop through the API: a facilitator refers a child with consent, the pathway routes it, the district
 * social welfare office accepts it and reports the service, the facilitator sees the feedback; the child's name is
 * sealed and opens only for the sender and the accepting office, and every opening is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReferralsIntegrationTests extends QuzlandReferrals {

    @Autowired
    ApplicationEvents events;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void aReferralWithConsentIsRoutedAcceptedServedAndFedBack() {
        Instant before = Instant.now();
        UUID id = sent("SOCIAL_WELFARE", "NORMAL");

        String shown = body(get("/api/v1/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR));
        assertThat(JsonPath.<String>read(shown, "$.referral.status")).isEqualTo("SENT");
        assertThat(JsonPath.<String>read(shown, "$.referral.servicePointName"))
                .isEqualTo("Amber social welfare office");
        assertThat(JsonPath.<String>read(shown, "$.referral.routedBy")).isEqualTo("PATHWAY");
        assertThat(shown).doesNotContain(CHILD_NAME);
        Instant due = Instant.parse(JsonPath.read(shown, "$.referral.dueAt"));
        assertThat(due)
                .isBetween(before.plus(Duration.ofDays(14)), Instant.now().plus(Duration.ofDays(14)));

        String inbox = body(get("/api/v1/referrals?box=INBOX", OFFICER, Role.SERVICE_POINT_OFFICER));
        assertThat(JsonPath.<List<String>>read(inbox, "$.items[*].id")).containsExactly(id.toString());
        assertThat(get("/api/v1/referrals/" + id + "/identity", OFFICER, Role.SERVICE_POINT_OFFICER))
                .hasStatus(403);

        assertThat(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "ACKNOWLEDGE", null))
                .hasStatus(200);
        assertThat(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "ACCEPT", "We will visit on Monday"))
                .hasStatus(200);
        MvcTestResult identity = get("/api/v1/referrals/" + id + "/identity", OFFICER, Role.SERVICE_POINT_OFFICER);
        assertThat(identity).hasStatus(200);
        assertThat(JsonPath.<String>read(body(identity), "$.name")).isEqualTo(CHILD_NAME);
        assertThat(identity.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "PROVIDE", "Back in school since Monday"))
                .hasStatus(200);

        String fedBack = body(get("/api/v1/referrals?box=MINE", FACILITATOR, Role.COMMUNITY_FACILITATOR));
        assertThat(JsonPath.<String>read(fedBack, "$.items[0].status")).isEqualTo("SERVICE_PROVIDED");
        assertThat(JsonPath.<String>read(fedBack, "$.items[0].feedbackMessage"))
                .isEqualTo("Back in school since Monday");
        assertThat(JsonPath.<Boolean>read(fedBack, "$.items[0].serviceProvided"))
                .isTrue();
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR)),
                        "$.referral.timeline[*].action"))
                .containsExactly("SEND", "ACKNOWLEDGE", "ACCEPT", "PROVIDE");
        assertThat(events.stream(ReferralStatusChanged.class).map(e -> e.to().name()))
                .containsExactly("SENT", "ACKNOWLEDGED", "ACCEPTED", "SERVICE_PROVIDED");
        assertThat(events.stream(ReferralStatusChanged.class)).allSatisfy(e -> {
            assertThat(e.communityId()).isEqualTo(kpetema);
            assertThat(e.category()).isEqualTo(ServiceCategory.SOCIAL_WELFARE);
            assertThat(e.consentOverridden()).isFalse();
        });
        assertThat(jdbc.sql("select actor from access_audit where action = 'CHILD_RECORD_VIEWED' and record_id = ?")
                        .param(id.toString())
                        .query(String.class)
                        .list())
                .containsExactly(OFFICER);
    }

    @Test
    void aPageOfReferralsSaysTotalItemsAsEveryListDoesAndForOneReleaseTotalToo() {
        sent("SOCIAL_WELFARE", "NORMAL");
        sent("HEALTH", "URGENT");

        String page = body(get("/api/v1/referrals?box=MINE&size=1", FACILITATOR, Role.COMMUNITY_FACILITATOR));
        assertThat(JsonPath.<List<Object>>read(page, "$.items")).hasSize(1);
        assertThat(JsonPath.<Integer>read(page, "$.page")).isZero();
        assertThat(JsonPath.<Integer>read(page, "$.size")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(page, "$.totalItems")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(page, "$.total")).isEqualTo(2);

        String document = body(mvc.get().uri("/v3/api-docs").exchange());
        assertThat(JsonPath.<String>read(document, "$.paths['/api/v1/referrals'].get.description"))
                .contains("total", "deprecated", "totalItems");
        assertThat(JsonPath.<List<Boolean>>read(document, "$.components.schemas.*.properties.total.deprecated"))
                .isNotEmpty()
                .containsOnly(true);
    }

    @Test
    void theChildsIdentifyingDetailsAreSealedInTheDatabase() throws java.io.IOException {
        UUID id = sent("SOCIAL_WELFARE", "URGENT");
        Map<String, Object> row = jdbc.sql("select * from referral where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(row.values().stream().map(ReferralsIntegrationTests::text))
                .noneMatch(v ->
                        v.contains("Synthetic Childname") || v.contains("Synthetic Aunt") || v.contains("111 2222"));
        assertThat(row.get("identity_key_id")).isEqualTo("t1");
        String url;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        if (url.startsWith("jdbc:h2:file:")) {
            jdbc.sql("checkpoint sync").update();
            java.nio.file.Path file = java.nio.file.Path.of(
                    url.substring("jdbc:h2:file:".length()).split(";")[0] + ".mv.db");
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .as("the database file")
                    .doesNotContain("Synthetic Childname")
                    .contains("Out of school, works at the market");
        }
        assertThat(body(get("/api/v1/referrals/" + id + "/identity", FACILITATOR, Role.COMMUNITY_FACILITATOR)))
                .contains(CHILD_NAME, "Synthetic Aunt");
    }

    @Test
    void aServicePointOutsideTheReferralNeverSeesTheChild() {
        UUID id = sent("SOCIAL_WELFARE", "NORMAL");
        act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "ACCEPT", null);

        assertThat(get("/api/v1/referrals/" + id, POLICE, Role.SERVICE_POINT_OFFICER))
                .hasStatus(403);
        assertThat(get("/api/v1/referrals/" + id + "/identity", POLICE, Role.SERVICE_POINT_OFFICER))
                .hasStatus(403);
        assertThat(JsonPath.<Integer>read(
                        body(get("/api/v1/referrals?box=INBOX", POLICE, Role.SERVICE_POINT_OFFICER)), "$.total"))
                .isZero();
        assertThat(act(id, POLICE, Role.SERVICE_POINT_OFFICER, "PROVIDE", null)).hasStatus(403);
        assertThat(get("/api/v1/referrals/" + id, LAKE_FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .hasStatus(403);
        // the district coordinator follows the referral but is not told who the child is
        assertThat(get("/api/v1/referrals/" + id, COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(200);
        assertThat(get("/api/v1/referrals/" + id + "/identity", COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'CHILD_RECORD_VIEWED' and record_id = ?")
                        .param(id.toString())
                        .query(Long.class)
                        .single())
                .isZero();
        // the refused read is audited, although the refusal rolled its transaction back
        assertThat(jdbc.sql("select actor from access_audit where action = 'CHILD_RECORD_DENIED' and record_id = ?")
                        .param(id.toString())
                        .query(String.class)
                        .list())
                .contains(COORDINATOR);
    }

    @Test
    void aDeclineWithoutReasonAndActionsOutOfOrderAreRefusedAndChangeNothing() {
        UUID id = sent("SOCIAL_WELFARE", "NORMAL");
        long transitions = count("referral_transition");

        assertThat(errors(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "DECLINE", " ")))
                .containsOnly(Map.entry("note", "Give the reason."));
        MvcTestResult outOfOrder = act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "PROVIDE", null);
        assertThat(outOfOrder).hasStatus(409);
        assertThat(JsonPath.<String>read(body(outOfOrder), "$.detail"))
                .isEqualTo("A referral that is SENT cannot be PROVIDE: nothing changed.");
        assertThat(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "SEND", null))
                .hasStatus(409);
        assertThat(errors(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "ESCALATE", null)))
                .containsKey("action");
        assertThat(errors(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "FORGET", null)))
                .containsOnly(Map.entry("action", "“FORGET” is not one of the choices."));

        assertThat(status(id)).isEqualTo("SENT");
        assertThat(count("referral_transition")).isEqualTo(transitions);

        assertThat(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "DECLINE", "No place left this month"))
                .hasStatus(200);
        assertThat(JsonPath.<String>read(
                        body(get("/api/v1/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR)),
                        "$.referral.feedbackMessage"))
                .isEqualTo("No place left this month");
    }

    @Test
    void sendingNeedsConsentOrAnOverrideByAPermittedRole() {
        UUID id = drafted("SOCIAL_WELFARE", "URGENT");
        assertThat(errors(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "SEND", null)))
                .containsOnly(Map.entry("consent", "Record consent and assent before sending."));
        assertThat(
                        errors(
                                post(
                                        "/api/v1/referrals/" + id + "/consent",
                                        FACILITATOR,
                                        Role.COMMUNITY_FACILITATOR,
                                        "{\"caregiverConsent\":false,\"childAssent\":true,\"overrideReason\":\"Caregiver is the risk\"}")))
                .containsOnly(Map.entry(
                        "overrideReason",
                        "Your role may not send a referral without consent: ask your district coordinator."));
        assertThat(status(id)).isEqualTo("DRAFT");

        MvcTestResult drafted = post(
                "/api/v1/referrals",
                COORDINATOR,
                Role.DISTRICT_COORDINATOR,
                referralJson("SOCIAL_WELFARE", "EMERGENCY"));
        UUID byCoordinator = UUID.fromString(JsonPath.read(body(drafted), "$.referral.id"));
        assertThat(post(
                        "/api/v1/referrals/" + byCoordinator + "/consent",
                        COORDINATOR,
                        Role.DISTRICT_COORDINATOR,
                        "{\"caregiverConsent\":false,\"childAssent\":false}"))
                .hasStatus(200);
        assertThat(errors(act(byCoordinator, COORDINATOR, Role.DISTRICT_COORDINATOR, "SEND", null)))
                .containsOnly(Map.entry(
                        "overrideReason",
                        "The caregiver or the child said no: ask for a consent decision, or give the reason to go"
                                + " ahead if your role may."));
        assertThat(
                        post(
                                "/api/v1/referrals/" + byCoordinator + "/consent",
                                COORDINATOR,
                                Role.DISTRICT_COORDINATOR,
                                "{\"caregiverConsent\":false,\"childAssent\":false,\"overrideReason\":\"Caregiver is the risk\"}"))
                .hasStatus(200);
        assertThat(act(byCoordinator, COORDINATOR, Role.DISTRICT_COORDINATOR, "SEND", null))
                .hasStatus(200);
        String shown = body(get("/api/v1/referrals/" + byCoordinator, COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<Boolean>read(shown, "$.referral.consent.overridden"))
                .isTrue();
        assertThat(JsonPath.<String>read(shown, "$.referral.consent.overrideReason"))
                .isEqualTo("Caregiver is the risk");
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'REFERRAL_CONSENT_OVERRIDDEN'"
                                + " and record_id = ?")
                        .param(byCoordinator.toString())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void invalidReferralsAreRefusedFieldByFieldAndNothingIsWritten() {
        String json = "{\"communityId\":\"" + kpetema + "\",\"category\":\"MAGIC\",\"priority\":\"SOON\","
                + "\"sex\":\"FEMALE\",\"reason\":\" \",\"birthDate\":\"1990-01-01\",\"childName\":\""
                + "x".repeat(201) + "\"}";
        assertThat(errors(post("/api/v1/referrals", FACILITATOR, Role.COMMUNITY_FACILITATOR, json)))
                .containsOnly(
                        Map.entry("category", "“MAGIC” is not one of the choices."),
                        Map.entry("priority", "“SOON” is not one of the choices."),
                        Map.entry("ageBand", "Choose one."),
                        Map.entry("reason", "Give the reason for the referral."),
                        Map.entry("childName", "At most 200 characters."),
                        Map.entry("birthDate", "A birth date of a child under 18, not in the future."));
        assertThat(errors(post(
                        "/api/v1/referrals",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR,
                        referralJson("SOCIAL_WELFARE", "NORMAL")
                                .replace(kpetema.toString(), UUID.randomUUID().toString()))))
                .containsOnly(Map.entry("communityId", "There is no such community."));
        assertThat(errors(post(
                        "/api/v1/referrals",
                        FACILITATOR,
                        Role.COMMUNITY_FACILITATOR,
                        referralJson("SOCIAL_WELFARE", "NORMAL")
                                .replace("\"ageBand\"", "\"servicePointId\":\"" + amberPolice + "\",\"ageBand\"")
                                .replace(
                                        amberPolice.toString(),
                                        UUID.randomUUID().toString()))))
                .containsOnly(Map.entry("servicePointId", "This service point does not serve the community."));
        assertThat(post(
                        "/api/v1/referrals",
                        LAKE_FACILITATOR,
                        Role.COMMUNITY_FACILITATOR,
                        referralJson("SOCIAL_WELFARE", "NORMAL")))
                .hasStatus(403);
        assertThat(count("referral")).isZero();
    }

    @Test
    void aServicePointChosenByHandWinsOverThePathway() {
        String json = referralJson("SOCIAL_WELFARE", "NORMAL")
                .replace("\"ageBand\"", "\"servicePointId\":\"" + hillWelfare + "\",\"ageBand\"");
        MvcTestResult created = post("/api/v1/referrals", FACILITATOR, Role.COMMUNITY_FACILITATOR, json);
        assertThat(created).hasStatus(201);
        assertThat(JsonPath.<String>read(body(created), "$.referral.servicePointName"))
                .isEqualTo("Hill social welfare office");
        assertThat(JsonPath.<String>read(body(created), "$.referral.routedBy")).isEqualTo("MANUAL");
    }

    @Test
    void theSenderWithdrawsWithAReasonAndOnlyTheSenderMay() {
        UUID id = sent("SOCIAL_WELFARE", "NORMAL");
        assertThat(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "WITHDRAW", "not mine"))
                .hasStatus(403);
        assertThat(errors(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "WITHDRAW", null)))
                .containsKey("note");
        assertThat(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "WITHDRAW", "Family moved away"))
                .hasStatus(200);
        assertThat(status(id)).isEqualTo("WITHDRAWN");
        assertThat(JsonPath.<Integer>read(
                        body(get("/api/v1/referrals?box=INBOX&open=true", OFFICER, Role.SERVICE_POINT_OFFICER)),
                        "$.total"))
                .isZero();
    }

    @Test
    void theReferrerConfirmsTheFeedbackAndSoClosesTheLoop() {
        UUID id = sent("SOCIAL_WELFARE", "NORMAL");
        assertThat(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "CONFIRM_FEEDBACK", null))
                .hasStatus(409);
        assertThat(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "ACCEPT", null)).hasStatus(200);
        assertThat(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "PROVIDE", "Back in school"))
                .hasStatus(200);
        assertThat(body(get("/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR)))
                .contains("action-CONFIRM_FEEDBACK", "Confirm feedback received");
        assertThat(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "CONFIRM_FEEDBACK", null))
                .hasStatus(403);

        assertThat(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "CONFIRM_FEEDBACK", null))
                .hasStatus(200);

        assertThat(status(id)).isEqualTo("CLOSED");
        assertThat(events.stream(ReferralStatusChanged.class)
                        .map(e -> e.action().name()))
                .endsWith("CONFIRM_FEEDBACK");
        assertThat(jdbc.sql("select actor from access_audit where action = 'REFERRAL_CONFIRM_FEEDBACK'"
                                + " and record_id = ?")
                        .param(id.toString())
                        .query(String.class)
                        .list())
                .containsExactly(FACILITATOR);
        assertThat(body(get("/api/v1/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR)))
                .contains("Back in school");
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return String.valueOf(value);
    }
}
