package org.harambee.referrals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harambee.referrals.model.Referrals.ANSWER_WITHIN;
import static org.harambee.referrals.model.Referrals.CLINIC;
import static org.harambee.referrals.model.Referrals.NOW;
import static org.harambee.referrals.model.Referrals.SENDER;

import org.harambee.referrals.ReferralAction;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.referrals.ReferralStatus;
import org.harambee.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A draft whose caregiver said no waits for a coordinator, who overrides (and it is sent) or returns it with advice. */
class DecidingConsentTests {

    static final String COORDINATOR = "coordinator.one";

    static Referral refused() {
        return Referrals.draft().recordConsent(false, true, null, null, false, SENDER, NOW.minusSeconds(1800));
    }

    static Referral waiting() {
        return refused().askConsentDecision("Caregiver fears the father", NOW).referral();
    }

    @Test
    void aDraftWhoseCaregiverSaidNoCannotBeSentButGoesForADecision() {
        assertThatThrownBy(() -> refused().send(CLINIC, ANSWER_WITHIN, null, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField().get("overrideReason").key())
                                .isEqualTo("referrals.consent.decisionNeeded"));

        Change asked = refused().askConsentDecision("Caregiver fears the father", NOW);

        assertThat(asked.referral().status()).isEqualTo(ReferralStatus.AWAITING_CONSENT_DECISION);
        assertThat(asked.event().action()).isEqualTo(ReferralAction.ASK_CONSENT_DECISION);
        assertThat(asked.event().sentAt()).isNull();
        assertThat(asked.referral().progress().dueAt()).isNull();
    }

    @Test
    void theSenderIsOfferedToAskForADecisionInsteadOfSendingOnlyWhenSomeoneSaidNo() {
        assertThat(refused().actionsOf(a -> a == ReferralAction.Actor.SENDER))
                .containsExactly(ReferralAction.ASK_CONSENT_DECISION, ReferralAction.WITHDRAW);
        assertThat(Referrals.consented().actionsOf(a -> a == ReferralAction.Actor.SENDER))
                .containsExactly(ReferralAction.SEND, ReferralAction.WITHDRAW);
    }

    @Test
    void aDecisionIsAskedOnlyWhenSomeoneSaidNo() {
        assertThatThrownBy(() -> Referrals.consented().askConsentDecision(null, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField().get("consent").key())
                                .isEqualTo("referrals.consent.noDecisionNeeded"));
        assertThatThrownBy(() -> Referrals.draft().askConsentDecision(null, NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theCoordinatorsOverrideSendsTheReferralFlaggedWithTheirReasonAndName() {
        Change overridden =
                waiting().overrideConsent("Synthetic risk of harm tonight", COORDINATOR, CLINIC, ANSWER_WITHIN, NOW);

        Referral r = overridden.referral();
        assertThat(r.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(r.servicePointId()).isEqualTo(CLINIC.id());
        assertThat(r.progress().dueAt()).isEqualTo(NOW.plus(ANSWER_WITHIN));
        assertThat(r.consent().overridden()).isTrue();
        assertThat(r.consent().consentOverrideReason()).isEqualTo("Synthetic risk of harm tonight");
        assertThat(r.consent().consentOverriddenBy()).isEqualTo(COORDINATOR);
        assertThat(r.consent().consentRecordedBy()).isEqualTo(SENDER);
        assertThat(overridden.event().consentOverridden()).isTrue();
        assertThat(overridden.event().from()).isEqualTo(ReferralStatus.AWAITING_CONSENT_DECISION);
    }

    @Test
    void anOverrideNeedsAReasonAndAServicePointThatTakesReferrals() {
        assertThatThrownBy(() -> waiting().overrideConsent(null, COORDINATOR, CLINIC, ANSWER_WITHIN, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("note"));
        assertThatThrownBy(() -> waiting()
                        .overrideConsent(
                                "Synthetic reason",
                                COORDINATOR,
                                Referrals.point("Closed synthetic clinic", true, false),
                                ANSWER_WITHIN,
                                NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("servicePointId"));
    }

    @Test
    void returnedWithAdviceItIsADraftAgainThatItsSenderCanCorrect() {
        Change returned = waiting().returnWithAdvice("Ask the aunt, who is the legal guardian", NOW);

        assertThat(returned.referral().status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(returned.referral().consent().overridden()).isFalse();
        Referral consented =
                returned.referral().recordConsent(true, true, "Social welfare only", null, false, SENDER, NOW);
        assertThat(consented.send(CLINIC, ANSWER_WITHIN, null, NOW).referral().status())
                .isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aReturnNeedsAdvice() {
        assertThatThrownBy(() -> waiting().returnWithAdvice(null, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField().get("note").key()).isEqualTo("referrals.note.reasonRequired"));
    }

    @Test
    void whileADecisionWaitsTheDraftIsNotEditedSentOrConsentedAndOnlyADraftIsDecidedOn() {
        Referral waiting = waiting();

        assertThatThrownBy(() -> waiting.recordConsent(true, true, "all", null, false, SENDER, NOW))
                .isInstanceOf(ReferralConflictException.class);
        assertThatThrownBy(() -> waiting.send(CLINIC, ANSWER_WITHIN, null, NOW))
                .isInstanceOf(ReferralConflictException.class);
        assertThatThrownBy(() -> refused().overrideConsent("Synthetic reason", COORDINATOR, CLINIC, ANSWER_WITHIN, NOW))
                .isInstanceOf(ReferralConflictException.class);
        assertThatThrownBy(() -> Referrals.sent().returnWithAdvice("Synthetic advice", NOW))
                .isInstanceOf(ReferralConflictException.class);
    }

    @Test
    void theSenderMayWithdrawWhileADecisionWaits() {
        assertThat(waiting().withdraw("Family moved away", NOW).referral().status())
                .isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(waiting().actionsOf(a -> a == ReferralAction.Actor.COORDINATOR))
                .containsExactly(ReferralAction.OVERRIDE_CONSENT, ReferralAction.RETURN_WITH_ADVICE);
        assertThat(waiting().actionsOf(a -> a == ReferralAction.Actor.SERVICE_POINT))
                .isEmpty();
    }
}
