package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A facilitator whose caregiver said no sends the draft for a consent decision; Amber's district coordinator finds it
 * in their list and notices, and either overrides (the referral reaches the service point, flagged and audited) or
 * returns it with advice the facilitator reads on the draft. Through the API and the pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ConsentDecisionIntegrationTests extends QuzlandReferrals {

    static final String REFUSED = "{\"caregiverConsent\":false,\"childAssent\":true}";
    static final String LAKE_COORDINATOR = "lake-coordinator";

    @Autowired
    ApplicationEvents events;

    @Test
    void aRefusedConsentGoesToTheCoordinatorWhoOverridesAndTheServicePointReceivesIt() {
        UUID id = waitingForDecision();
        assertThat(status(id)).isEqualTo("AWAITING_CONSENT_DECISION");
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/referrals?box=INBOX", OFFICER, Role.SERVICE_POINT_OFFICER)), "$.items[*].id"))
                .isEmpty();
        assertThat(get("/api/v1/referrals/" + id, OFFICER, Role.SERVICE_POINT_OFFICER))
                .hasStatus(403);

        String waiting = body(get("/api/v1/referrals?box=CONSENT_DECISIONS", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(waiting, "$.items[*].id")).containsExactly(id.toString());
        String notices = body(get("/api/v1/referrals/notices?unread=true", COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(notices, "$[*].kind")).containsExactly("CONSENT_DECISION");
        String shown = body(get("/api/v1/referrals/" + id, COORDINATOR, Role.DISTRICT_COORDINATOR));
        assertThat(JsonPath.<List<String>>read(shown, "$.abilities.actions"))
                .containsExactly("OVERRIDE_CONSENT", "RETURN_WITH_ADVICE");
        assertThat(shown).doesNotContain(CHILD_NAME);

        assertThat(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "OVERRIDE_CONSENT", "Synthetic reason"))
                .hasStatus(403);
        assertThat(errors(act(id, COORDINATOR, Role.DISTRICT_COORDINATOR, "OVERRIDE_CONSENT", null)))
                .containsKey("note");
        assertThat(act(id, COORDINATOR, Role.DISTRICT_COORDINATOR, "OVERRIDE_CONSENT", "Synthetic danger at home"))
                .hasStatus(200);

        assertThat(status(id)).isEqualTo("SENT");
        String inbox = body(get("/api/v1/referrals?box=INBOX", OFFICER, Role.SERVICE_POINT_OFFICER));
        assertThat(JsonPath.<List<String>>read(inbox, "$.items[*].id")).containsExactly(id.toString());
        assertThat(JsonPath.<List<Boolean>>read(inbox, "$.items[*].consentOverridden"))
                .containsExactly(true);
        assertThat(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "ACCEPT", null)).hasStatus(200);
        String seen = body(get("/api/v1/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR));
        assertThat(JsonPath.<String>read(seen, "$.referral.consent.overrideReason"))
                .isEqualTo("Synthetic danger at home");
        assertThat(JsonPath.<List<String>>read(seen, "$.referral.timeline[*].action"))
                .containsExactly("ASK_CONSENT_DECISION", "OVERRIDE_CONSENT", "ACCEPT");
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/referrals/notices", FACILITATOR, Role.COMMUNITY_FACILITATOR)), "$[*].kind"))
                .containsExactly("CONSENT_OVERRIDDEN");
        assertThat(jdbc.sql("select action || ':' || actor from access_audit where record_id = ? order by seq")
                        .param(id.toString())
                        .query(String.class)
                        .list())
                .contains(
                        "REFERRAL_ASK_CONSENT_DECISION:" + FACILITATOR,
                        "REFERRAL_OVERRIDE_CONSENT:" + COORDINATOR,
                        "REFERRAL_CONSENT_OVERRIDDEN:" + COORDINATOR);
        assertThat(events.stream(ConsentDecisionRequested.class))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.referralId()).isEqualTo(id);
                    assertThat(e.requestedBy()).isEqualTo(FACILITATOR);
                });
        assertThat(events.stream(ConsentDecided.class)).singleElement().satisfies(e -> {
            assertThat(e.decision()).isEqualTo(ConsentDecided.Decision.OVERRIDDEN);
            assertThat(e.decidedBy()).isEqualTo(COORDINATOR);
            assertThat(e.sender()).isEqualTo(FACILITATOR);
        });
        assertThat(events.stream(ReferralStatusChanged.class)
                        .filter(e -> e.to() == ReferralStatus.SENT)
                        .map(ReferralStatusChanged::consentOverridden))
                .containsExactly(true);
    }

    @Test
    void aReturnedDraftCarriesTheAdviceBackToItsSenderWhoMaySendItWithConsent() {
        UUID id = waitingForDecision();

        MvcTestResult returned =
                act(id, COORDINATOR, Role.DISTRICT_COORDINATOR, "RETURN_WITH_ADVICE", "Ask the aunt first");
        assertThat(returned).hasStatus(200);
        assertThat(JsonPath.<String>read(body(returned), "$.referral.status")).isEqualTo("DRAFT");
        assertThat(JsonPath.<List<String>>read(body(returned), "$.abilities.actions"))
                .isEmpty();
        assertThat(body(returned)).doesNotContain("Ask the aunt first");

        assertThat(status(id)).isEqualTo("DRAFT");
        assertThat(get("/api/v1/referrals/" + id, COORDINATOR, Role.DISTRICT_COORDINATOR))
                .hasStatus(403);
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/referrals/notices", FACILITATOR, Role.COMMUNITY_FACILITATOR)), "$[*].kind"))
                .containsExactly("CONSENT_RETURNED");
        assertThat(events.stream(ConsentDecided.class).map(ConsentDecided::decision))
                .containsExactly(ConsentDecided.Decision.RETURNED);
        assertThat(post("/api/v1/referrals/" + id + "/consent", FACILITATOR, Role.COMMUNITY_FACILITATOR, CONSENT))
                .hasStatus(200);
        assertThat(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "SEND", null))
                .hasStatus(200);
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void onlyACoordinatorOfTheCommunitysAreaDecides() {
        TestAccounts.create(jdbc, LAKE_COORDINATOR, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ02");
        UUID id = waitingForDecision();

        assertThat(act(id, LAKE_COORDINATOR, Role.DISTRICT_COORDINATOR, "OVERRIDE_CONSENT", "Synthetic reason"))
                .hasStatus(403);
        assertThat(JsonPath.<List<String>>read(
                        body(get(
                                "/api/v1/referrals?box=CONSENT_DECISIONS",
                                LAKE_COORDINATOR,
                                Role.DISTRICT_COORDINATOR)),
                        "$.items[*].id"))
                .isEmpty();
        assertThat(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "RETURN_WITH_ADVICE", "Synthetic advice"))
                .hasStatus(403);
        assertThat(status(id)).isEqualTo("AWAITING_CONSENT_DECISION");
    }

    @Test
    void thePagesAskForTheDecisionShowItToTheCoordinatorAndTheAdviceToTheSender() throws Exception {
        MvcTestResult refused = form("send", "false");
        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getContentAsString())
                .contains("ask for a consent decision", "id=\"ask-consent-decision\"");
        assertThat(count("referral")).isZero();

        MvcTestResult asked = form("decision", "false");
        assertThat(asked).hasStatus3xxRedirection();
        UUID id = UUID.fromString(asked.getResponse().getRedirectedUrl().substring("/referrals/".length()));
        assertThat(status(id)).isEqualTo("AWAITING_CONSENT_DECISION");

        String list = page("/referrals?box=CONSENT_DECISIONS", COORDINATOR, Role.DISTRICT_COORDINATOR);
        assertThat(list).contains("Consent decisions", "waits for your consent decision", "Kpetema");
        String shown = page("/referrals/" + id, COORDINATOR, Role.DISTRICT_COORDINATOR);
        assertThat(shown).contains("id=\"action-OVERRIDE_CONSENT\"", "id=\"action-RETURN_WITH_ADVICE\"");
        assertThat(page("/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .doesNotContain("id=\"action-OVERRIDE_CONSENT\"")
                .contains("A district coordinator decides");

        MvcTestResult returned = mvc.post()
                .uri("/referrals/" + id + "/transitions")
                .with(TestAccounts.as(COORDINATOR, Role.DISTRICT_COORDINATOR))
                .with(csrf())
                .param("action", "RETURN_WITH_ADVICE")
                .param("note", "Speak with the aunt first")
                .exchange();
        assertThat(returned).hasRedirectedUrl("/referrals?box=CONSENT_DECISIONS");
        assertThat(page("/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .contains("Advice from your coordinator: Speak with the aunt first");
        assertThat(page("/referrals/" + id + "/edit", FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .contains("Advice from your coordinator: Speak with the aunt first");
    }

    /** A complete draft of the Amber facilitator whose caregiver said no, sent for a consent decision. */
    private UUID waitingForDecision() {
        UUID id = drafted("SOCIAL_WELFARE", "URGENT");
        assertThat(post("/api/v1/referrals/" + id + "/consent", FACILITATOR, Role.COMMUNITY_FACILITATOR, REFUSED))
                .hasStatus(200);
        assertThat(errors(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "SEND", null)))
                .containsKey("overrideReason");
        assertThat(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "ASK_CONSENT_DECISION", "Caregiver afraid"))
                .hasStatus(200);
        return id;
    }

    private MvcTestResult form(String intent, String caregiverConsent) {
        return mvc.post()
                .uri("/referrals")
                .with(TestAccounts.as(FACILITATOR, Role.COMMUNITY_FACILITATOR))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("intent", intent)
                .param("communityId", kpetema.toString())
                .param("category", "SOCIAL_WELFARE")
                .param("priority", "URGENT")
                .param("ageBand", "AGE_5_9")
                .param("sex", "MALE")
                .param("reason", "Left alone for days")
                .param("caregiverConsent", caregiverConsent)
                .param("childAssent", "true")
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
