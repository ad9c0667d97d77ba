package org.harambee.referrals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harambee.referrals.model.Referrals.NOW;
import static org.harambee.referrals.model.Referrals.SENDER;

import org.harambee.referrals.ReferralConflictException;
import org.harambee.system.InvalidInputException;
import org.junit.jupiter.api.Test;

class RecordingConsentTests {

    @Test
    void fullConsentIsRecordedWithItsScopeAndWho() {
        Referral r = Referrals.draft().recordConsent(true, true, "health services", null, false, SENDER, NOW);

        assertThat(r.consent().complete()).isTrue();
        assertThat(r.consent().overridden()).isFalse();
        assertThat(r.consent().consentScope()).isEqualTo("health services");
        assertThat(r.consent().consentRecordedBy()).isEqualTo(SENDER);
        assertThat(r.consent().consentRecordedAt()).isEqualTo(NOW);
        assertThat(r.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void fullConsentNeedsAScope() {
        assertThatThrownBy(() -> Referrals.draft().recordConsent(true, true, null, null, false, SENDER, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("scope"));
    }

    @Test
    void bothAnswersAreNeeded() {
        assertThatThrownBy(() -> Referrals.draft().recordConsent(null, null, "x", "y", true, SENDER, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("caregiverConsent", "childAssent"));
    }

    @Test
    void answersOfNoAreRecordedWithoutAReasonButGoingAheadNeedsThePermission() {
        Referral draft = Referrals.draft();

        Referral refused = draft.recordConsent(false, true, null, null, false, SENDER, NOW);
        assertThat(refused.consent().refused()).isTrue();
        assertThat(refused.consent().overridden()).isFalse();
        assertThatThrownBy(() -> draft.recordConsent(false, true, null, "Synthetic danger", false, SENDER, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField().get("overrideReason").key())
                                .isEqualTo("referrals.consent.overrideNotPermitted"));
    }

    @Test
    void anOverrideRecordsItsReasonAndWhoOverrode() {
        Referral r = Referrals.draft().recordConsent(false, true, null, "Synthetic danger", true, SENDER, NOW);

        assertThat(r.consent().overridden()).isTrue();
        assertThat(r.consent().consentOverriddenBy()).isEqualTo(SENDER);
    }

    @Test
    void consentIsRecordedOnADraftOnly() {
        assertThatThrownBy(() -> Referrals.sent().recordConsent(true, true, "all", null, false, SENDER, NOW))
                .isInstanceOfSatisfying(
                        ReferralConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("referrals.conflict.notDraft"));
    }
}
