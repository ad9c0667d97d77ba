package org.harambee.referrals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harambee.referrals.model.Referrals.NOW;

import org.harambee.referrals.ReferralConflictException;
import org.harambee.referrals.ReferralStatus;
import org.harambee.system.InvalidInputException;
import org.junit.jupiter.api.Test;

class WithdrawingReferralTests {

    @Test
    void theSenderWithdrawsADraftOrAWaitingReferralWithAReason() {
        for (Referral r : new Referral[] {Referrals.draft(), Referrals.sent()}) {
            Change change = r.withdraw("Synthetic: resolved in the family", NOW.plusSeconds(5));

            assertThat(change.referral().status()).isEqualTo(ReferralStatus.WITHDRAWN);
            assertThat(change.referral().progress().dueAt()).isNull();
            assertThat(change.referral().progress().feedbackMessage())
                    .as("a withdrawal is not feedback")
                    .isNull();
        }
    }

    @Test
    void aWithdrawalNeedsAReason() {
        assertThatThrownBy(() -> Referrals.sent().withdraw(null, NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anAcceptedReferralIsNoLongerWithdrawn() {
        assertThatThrownBy(() -> Referrals.accepted().withdraw("Synthetic", NOW))
                .isInstanceOf(ReferralConflictException.class);
    }
}
