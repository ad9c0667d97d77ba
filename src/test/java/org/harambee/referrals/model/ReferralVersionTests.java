package org.harambee.referrals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harambee.referrals.model.Referrals.NOW;

import org.harambee.referrals.ReferralConflictException;
import org.harambee.referrals.ReferralStatus;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking: a decision keeps the version and names the status it was made on, so that saving it applies only
 * while the stored referral is still the one loaded; a second decision on the same copy carries the same version and
 * loses.
 */
class ReferralVersionTests {

    private static Referral loaded(Referral r, int version) {
        return new Referral(
                r.id(),
                r.reference(),
                r.place(),
                r.need(),
                r.consent(),
                r.progress(),
                r.identified(),
                r.source(),
                r.createdBy(),
                r.createdAt(),
                r.updatedAt(),
                version);
    }

    @Test
    void aNewDraftStartsAtVersionZero() {
        assertThat(Referrals.draft().version()).isZero();
    }

    @Test
    void aDecisionKeepsTheVersionItWasLoadedWith() {
        Referral sent = loaded(Referrals.sent(), 4);

        assertThat(sent.accept(null, NOW).referral().version()).isEqualTo(4);
        assertThat(sent.escalate(Referrals.DISTRICT_OFFICE, Referrals.ANSWER_WITHIN, NOW)
                        .referral()
                        .version())
                .isEqualTo(4);
        assertThat(sent.exhaustEscalation(NOW).version()).isEqualTo(4);
        assertThat(loaded(Referrals.draft(), 2)
                        .recordConsent(true, true, "all", null, false, Referrals.SENDER, NOW)
                        .version())
                .isEqualTo(2);
    }

    @Test
    void aDecisionNamesTheStatusItWasMadeOn() {
        assertThat(Referrals.sent().acknowledge(null, NOW).from()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void twoDecisionsOnTheSameCopyCarryTheSameVersion() {
        Referral sent = loaded(Referrals.sent(), 7);

        Change accepted = sent.accept(null, NOW);
        Change declined = sent.decline("Synthetic", NOW);

        assertThat(accepted.referral().version()).isEqualTo(declined.referral().version());
        assertThat(sent.status()).as("the loaded copy is not changed").isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aRevisedDraftKeepsItsVersionAndIdentityButOnlyWhileADraft() {
        Referral draft = loaded(Referrals.draft(), 3);

        Referral revised = draft.revise(draft.place(), Referrals.need(), null, null, false, NOW);

        assertThat(revised.version()).isEqualTo(3);
        assertThat(revised.id()).isEqualTo(draft.id());
        assertThat(revised.servicePointId()).isNull();
        assertThat(revised.identified()).isFalse();
        assertThatThrownBy(() -> Referrals.sent().revise(draft.place(), Referrals.need(), null, null, true, NOW))
                .isInstanceOf(ReferralConflictException.class);
    }
}
