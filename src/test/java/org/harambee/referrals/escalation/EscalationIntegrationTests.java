package org.harambee.referrals.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.harambee.access.Role;
import org.harambee.referrals.QuzlandReferrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Overdue referrals: an emergency referral nobody answered within 24 hours goes to the social welfare office one level
 * up with a new deadline, and the district coordinator is told; once, however often the job runs.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EscalationIntegrationTests extends QuzlandReferrals {

    @Autowired
    Escalation escalation;

    @Test
    void anUnacknowledgedEmergencyReferralEscalatesOnceAfterItsDeadline() {
        UUID id = sent("SOCIAL_WELFARE", "EMERGENCY");
        Instant sentAt = Instant.now();

        escalation.escalateOverdue(sentAt.plus(Duration.ofHours(23)));
        assertThat(status(id)).isEqualTo("SENT");

        escalation.escalateOverdue(sentAt.plus(Duration.ofHours(25)));
        escalation.escalateOverdue(sentAt.plus(Duration.ofHours(26)));

        assertThat(status(id)).isEqualTo("ESCALATED");
        String shown = body(get("/api/v1/referrals/" + id, FACILITATOR, Role.COMMUNITY_FACILITATOR));
        assertThat(JsonPath.<String>read(shown, "$.referral.servicePointName")).isEqualTo("Hill social welfare office");
        assertThat(JsonPath.<Integer>read(shown, "$.referral.escalations")).isOne();
        assertThat(JsonPath.<List<String>>read(shown, "$.referral.timeline[*].action"))
                .containsExactly("SEND", "ESCALATE");
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/referrals?box=INBOX", PROVINCE_OFFICER, Role.SERVICE_POINT_OFFICER)),
                        "$.items[*].id"))
                .containsExactly(id.toString());
        assertThat(JsonPath.<Integer>read(
                        body(get("/api/v1/referrals?box=INBOX", OFFICER, Role.SERVICE_POINT_OFFICER)), "$.total"))
                .isZero();
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/referrals/notices", COORDINATOR, Role.DISTRICT_COORDINATOR)), "$[*].kind"))
                .containsExactly("ESCALATED");
        // the province office answers the escalated referral; the district office no longer may
        assertThat(act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "ACCEPT", null)).hasStatus(403);
        assertThat(act(id, PROVINCE_OFFICER, Role.SERVICE_POINT_OFFICER, "ACCEPT", null))
                .hasStatus(200);
    }

    @Test
    void anAnsweredReferralDoesNotEscalate() {
        UUID id = sent("SOCIAL_WELFARE", "EMERGENCY");
        act(id, OFFICER, Role.SERVICE_POINT_OFFICER, "ACCEPT", null);

        escalation.escalateOverdue(Instant.now().plus(Duration.ofDays(3)));

        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(count("referral_notice")).isZero();
    }

    @Test
    void aReferralWithNoOfficeAboveIsFlaggedOnceForTheCoordinator() {
        UUID id = sent("LEGAL_JUSTICE", "URGENT");

        escalation.escalateOverdue(Instant.now().plus(Duration.ofHours(73)));
        escalation.escalateOverdue(Instant.now().plus(Duration.ofHours(80)));

        assertThat(status(id)).isEqualTo("SENT");
        assertThat(jdbc.sql("select escalation_exhausted from referral where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(JsonPath.<List<String>>read(
                        body(get("/api/v1/referrals/notices", COORDINATOR, Role.DISTRICT_COORDINATOR)), "$[*].kind"))
                .containsExactly("OVERDUE_NO_LEVEL_ABOVE");
    }

    /** The scheduler calls the pass from outside any transaction: it takes the job's lock in one of its own. */
    @Test
    void theScheduledPassEscalatesAnOverdueReferral() {
        UUID id = sent("SOCIAL_WELFARE", "EMERGENCY");
        jdbc.sql("update referral set due_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), id)
                .update();

        escalation.scheduled();

        assertThat(status(id)).isEqualTo("ESCALATED");
    }
}
