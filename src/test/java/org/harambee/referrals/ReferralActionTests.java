package org.harambee.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The referral status machine: which action applies to which status, who takes it, and when a reason is needed. */
class ReferralActionTests {

    @Test
    void aSentReferralIsAnsweredByItsServicePointInOrder() {
        assertThat(ReferralAction.SEND.appliesTo(ReferralStatus.DRAFT)).isTrue();
        assertThat(ReferralAction.ACKNOWLEDGE.appliesTo(ReferralStatus.SENT)).isTrue();
        assertThat(ReferralAction.ACCEPT.appliesTo(ReferralStatus.ACKNOWLEDGED)).isTrue();
        assertThat(ReferralAction.PROVIDE.appliesTo(ReferralStatus.ACCEPTED)).isTrue();
        assertThat(ReferralAction.CLOSE.appliesTo(ReferralStatus.SERVICE_PROVIDED))
                .isTrue();
        assertThat(ReferralAction.PROVIDE.appliesTo(ReferralStatus.SENT)).isFalse();
        assertThat(ReferralAction.SEND.appliesTo(ReferralStatus.SENT)).isFalse();
        assertThat(ReferralAction.ACCEPT.appliesTo(ReferralStatus.DECLINED)).isFalse();
    }

    @Test
    void finishedReferralsTakeNoActionButTheSystemsNone() {
        for (ReferralStatus finished :
                new ReferralStatus[] {ReferralStatus.CLOSED, ReferralStatus.WITHDRAWN, ReferralStatus.DECLINED}) {
            assertThat(finished.finished()).isTrue();
            assertThat(Arrays.stream(ReferralAction.values()).filter(a -> a.appliesTo(finished)))
                    .as(finished.name())
                    .isEmpty();
        }
    }

    @Test
    void onlyReferralsWaitingForAnAnswerEscalate() {
        assertThat(Arrays.stream(ReferralStatus.values()).filter(ReferralAction.ESCALATE::appliesTo))
                .containsExactlyInAnyOrder(ReferralStatus.SENT, ReferralStatus.ESCALATED, ReferralStatus.ACKNOWLEDGED)
                .allMatch(ReferralStatus::awaitsAnswer);
        assertThat(ReferralAction.ESCALATE.actor()).isEqualTo(ReferralAction.Actor.SYSTEM);
    }

    @Test
    void declineWithdrawAndClosingWithoutServiceNeedAReason() {
        assertThat(ReferralAction.DECLINE.needsReason(ReferralStatus.SENT)).isTrue();
        assertThat(ReferralAction.WITHDRAW.needsReason(ReferralStatus.DRAFT)).isTrue();
        assertThat(ReferralAction.CLOSE.needsReason(ReferralStatus.ACCEPTED)).isTrue();
        assertThat(ReferralAction.CLOSE.needsReason(ReferralStatus.SERVICE_PROVIDED))
                .isFalse();
        assertThat(ReferralAction.ACCEPT.needsReason(ReferralStatus.SENT)).isFalse();
    }
}
