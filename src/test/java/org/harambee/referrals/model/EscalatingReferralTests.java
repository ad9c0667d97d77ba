package org.harambee.referrals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harambee.referrals.model.Referrals.ANSWER_WITHIN;
import static org.harambee.referrals.model.Referrals.DISTRICT_OFFICE;
import static org.harambee.referrals.model.Referrals.NOW;

import java.time.Instant;
import org.harambee.referrals.ReferralAction;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.referrals.ReferralStatus;
import org.junit.jupiter.api.Test;

class EscalatingReferralTests {

    private final Instant late = NOW.plus(ANSWER_WITHIN).plusSeconds(60);

    @Test
    void anOverdueReferralIsOverdueOnlyWhileItAwaitsAnAnswer() {
        assertThat(Referrals.sent().overdue(late)).isTrue();
        assertThat(Referrals.sent().overdue(NOW)).isFalse();
        assertThat(Referrals.accepted().overdue(late)).isFalse();
    }

    @Test
    void escalatingMovesItOneLevelUpWithANewDeadline() {
        Referral sent = Referrals.sent();

        Change change = sent.escalate(DISTRICT_OFFICE, ANSWER_WITHIN, late);

        Referral escalated = change.referral();
        assertThat(escalated.status()).isEqualTo(ReferralStatus.ESCALATED);
        assertThat(escalated.servicePointId()).isEqualTo(DISTRICT_OFFICE.id());
        assertThat(escalated.progress().dueAt()).isEqualTo(late.plus(ANSWER_WITHIN));
        assertThat(escalated.progress().escalations()).isEqualTo(1);
        assertThat(escalated.progress().sentAt()).isEqualTo(sent.progress().sentAt());
        assertThat(change.event().action()).isEqualTo(ReferralAction.ESCALATE);
        assertThat(change.event().servicePointId()).isEqualTo(DISTRICT_OFFICE.id());
    }

    @Test
    void escalatingAgainCountsEveryStep() {
        Referral once =
                Referrals.sent().escalate(DISTRICT_OFFICE, ANSWER_WITHIN, late).referral();

        Referral twice = once.escalate(DISTRICT_OFFICE, ANSWER_WITHIN, late.plus(ANSWER_WITHIN))
                .referral();

        assertThat(twice.progress().escalations()).isEqualTo(2);
    }

    @Test
    void withNoLevelAboveItStaysWhereItIsMarkedExhausted() {
        Referral sent = Referrals.sent();

        Referral marked = sent.exhaustEscalation(late);

        assertThat(marked.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(marked.servicePointId()).isEqualTo(sent.servicePointId());
        assertThat(marked.progress().escalationExhausted()).isTrue();
        assertThat(marked.progress().dueAt()).isEqualTo(sent.progress().dueAt());
    }

    @Test
    void anAnsweredReferralIsNotEscalated() {
        assertThatThrownBy(() -> Referrals.accepted().escalate(DISTRICT_OFFICE, ANSWER_WITHIN, late))
                .isInstanceOf(ReferralConflictException.class);
    }
}
