package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import mockwebserver3.RecordedRequest;
import org.harambee.access.Role;
import org.harambee.notifications.StandIns;
import org.harambee.notifications.outbox.OutboxSender;
import org.harambee.notifications.outbox.SenderInstances;
import org.harambee.referrals.escalation.Escalation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the referrals' moves send outside the screen, end to end through the stand-in gateways: the one-time link of
 * an office not on the platform reaches its phone by SMS and its address by e-mail once, also after a restart; a
 * referral to an office on the platform tells its officers, in their language, and its answers tell the referrer; an
 * escalation tells the office above and the district coordinators; a referral sent for a consent decision asks the
 * coordinators and its outcome tells the referrer; a move rolled back sends nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralNotificationsIntegrationTests extends QuzlandReferrals {

    static final String REFUSED = "{\"caregiverConsent\":false,\"childAssent\":true}";

    @DynamicPropertySource
    static void standIns(DynamicPropertyRegistry registry) {
        StandIns.register(registry);
    }

    @Autowired
    OutboxSender sender;

    @Autowired
    ApplicationContext context;

    @Autowired
    Escalation escalation;

    @Autowired
    ReferralTransitions transitions;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void contactsAndAnEmptyOutbox() {
        jdbc.sql("delete from notification_outbox").update();
        jdbc.sql("delete from notification_preference").update();
        jdbc.sql("update referral_service_point set phone = '+232 76 555 0101', email = 'health.post@example.org'"
                        + " where id = ?")
                .param(healthPost)
                .update();
        contact(OFFICER, "amber.welfare@example.org", "sw");
        contact(PROVINCE_OFFICER, "hill.welfare@example.org", "fr");
        contact(COORDINATOR, "amber.coordinator@example.org", "en");
        contact(FACILITATOR, "amber.facilitator@example.org", "en");
        StandIns.reset();
    }

    @Test
    void anOffPlatformOfficeGetsItsLinkBySmsAndByEmailOnceEvenAfterARestart() throws Exception {
        UUID id = drafted("HEALTH", "URGENT");
        post("/api/v1/referrals/" + id + "/consent", FACILITATOR, Role.COMMUNITY_FACILITATOR, CONSENT);
        String link = JsonPath.read(body(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "SEND", null)), "$.link");
        String token = link.substring(link.indexOf("/r/") + 3);
        String reference = jdbc.sql("select reference from referral where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(jdbc.sql("select channel from notification_outbox where carries_secret = true")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("SMS", "EMAIL");

        assertThat(sender.pass()).isEqualTo(2);
        assertThat(SenderInstances.fresh(context).pass())
                .as("a restarted node resends nothing")
                .isZero();
        assertThat(sender.pass()).isZero();

        String sent = StandIns.BASE_URL + "/r/" + token;
        List<RecordedRequest> sms = StandIns.smsRequests();
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).getBody().utf8())
                .contains("\"urns\":[\"tel:+232765550101\"]")
                .contains(reference)
                .contains(sent)
                .doesNotContain(CHILD_NAME);
        List<MimeMessage> mails = StandIns.mails();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getAllRecipients()[0].toString()).isEqualTo("health.post@example.org");
        assertThat((String) mails.get(0).getContent()).contains(sent).doesNotContain(CHILD_NAME);
        assertThat(jdbc.sql("select count(*) from notification_outbox where secret is not null")
                        .query(Long.class)
                        .single())
                .as("the links are not kept once sent")
                .isZero();
        assertThat(mvc.get().uri("/r/" + token).exchange())
                .as("the link sent opens the referral")
                .hasStatusOk();
    }

    @Test
    void officersHearOfAReferralInTheirLanguageAndTheReferrerOfTheAnswers() throws Exception {
        UUID id = sent("SOCIAL_WELFARE", "NORMAL");
        assertThat(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "ACCEPT", null)).hasStatus(200);

        assertThat(sender.pass()).isEqualTo(2);
        String reference = jdbc.sql("select reference from referral where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(StandIns.mails())
                .extracting(m -> m.getAllRecipients()[0] + ": " + m.getSubject())
                .containsExactlyInAnyOrder(
                        "amber.welfare@example.org: Rufaa " + reference + " inakusubiri",
                        "amber.facilitator@example.org: Referral " + reference + " was accepted");
        assertThat((String) StandIns.mails().get(0).getContent())
                .contains(StandIns.BASE_URL + "/referrals/" + id)
                .doesNotContain(CHILD_NAME);
    }

    @Test
    void anEscalationTellsTheOfficeAboveAndTheDistrictCoordinators() throws Exception {
        UUID id = sent("SOCIAL_WELFARE", "EMERGENCY");
        jdbc.sql("delete from notification_outbox").update();

        escalation.escalateOverdue(Instant.now().plus(Duration.ofHours(25)));

        assertThat(status(id)).isEqualTo("ESCALATED");
        assertThat(jdbc.sql("select recipient || ' ' || template || ' ' || urgency from notification_outbox")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(
                        PROVINCE_OFFICER + " referralArrived EMERGENCY", COORDINATOR + " referralEscalated EMERGENCY");
        assertThat(sender.pass()).isEqualTo(2);
        assertThat(StandIns.mails()).extracting(MimeMessage::getSubject).anyMatch(s -> s.startsWith("L'orientation "));
    }

    @Test
    void aConsentDecisionIsAskedOfTheCoordinatorAndItsOutcomeToldToTheReferrer() throws Exception {
        UUID id = drafted("SOCIAL_WELFARE", "EMERGENCY");
        post("/api/v1/referrals/" + id + "/consent", FACILITATOR, Role.COMMUNITY_FACILITATOR, REFUSED);
        assertThat(act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "ASK_CONSENT_DECISION", "Caregiver afraid"))
                .hasStatus(200);
        assertThat(outbox())
                .as("an emergency asks the coordinator at once, quiet hours or not")
                .containsExactly(COORDINATOR + " consentDecisionWaiting EMERGENCY");

        assertThat(act(id, COORDINATOR, Role.DISTRICT_COORDINATOR, "OVERRIDE_CONSENT", "Synthetic danger at home"))
                .hasStatus(200);
        assertThat(outbox())
                .contains(FACILITATOR + " consentOverridden NORMAL", OFFICER + " referralArrived EMERGENCY");

        sender.pass();
        String reference = jdbc.sql("select reference from referral where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(StandIns.mails())
                .extracting(m -> m.getAllRecipients()[0] + ": " + m.getSubject())
                .contains(
                        "amber.coordinator@example.org: Referral " + reference + " waits for your consent decision",
                        "amber.facilitator@example.org: Referral " + reference + " was sent after a consent decision");
        assertThat(StandIns.mails())
                .allSatisfy(m -> assertThat((String) m.getContent()).doesNotContain(CHILD_NAME));
    }

    @Test
    void aReferralReturnedWithAdviceTellsItsReferrer() {
        UUID id = drafted("SOCIAL_WELFARE", "NORMAL");
        post("/api/v1/referrals/" + id + "/consent", FACILITATOR, Role.COMMUNITY_FACILITATOR, REFUSED);
        act(id, FACILITATOR, Role.COMMUNITY_FACILITATOR, "ASK_CONSENT_DECISION", "Caregiver afraid");
        assertThat(act(id, COORDINATOR, Role.DISTRICT_COORDINATOR, "RETURN_WITH_ADVICE", "Speak to the aunt first"))
                .hasStatus(200);
        assertThat(outbox())
                .containsExactlyInAnyOrder(
                        COORDINATOR + " consentDecisionWaiting NORMAL", FACILITATOR + " consentReturned NORMAL");
    }

    private List<String> outbox() {
        return jdbc.sql(
                        "select recipient || ' ' || template || ' ' || urgency from notification_outbox order by created_at")
                .query(String.class)
                .list();
    }

    @Test
    void aMoveRolledBackQueuesNothing() {
        UUID id = drafted("SOCIAL_WELFARE", "NORMAL");
        post("/api/v1/referrals/" + id + "/consent", FACILITATOR, Role.COMMUNITY_FACILITATOR, CONSENT);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(FACILITATOR, null, List.of()));
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                transitions.apply(id, new TransitionInput("SEND", null));
                assertThat(jdbc.sql("select count(*) from notification_outbox")
                                .query(Long.class)
                                .single())
                        .as("queued inside the move's transaction")
                        .isOne();
                status.setRollbackOnly();
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(status(id)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from notification_outbox")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void contact(String username, String email, String language) {
        jdbc.sql("update access_user set email = ?, language = ? where username = ?")
                .params(email, language, username)
                .update();
    }
}
