package org.harambee.referrals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harambee.referrals.model.Referrals.ANSWER_WITHIN;
import static org.harambee.referrals.model.Referrals.CLINIC;
import static org.harambee.referrals.model.Referrals.NOW;

import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralAction;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.referrals.ReferralStatus;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class SendingReferralTests {

    @Test
    void sendingAConsentedDraftStartsTheDeadlineAndSaysSo() {
        Change change = Referrals.consented().send(CLINIC, ANSWER_WITHIN, null, NOW);

        Referral sent = change.referral();
        assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(sent.progress().sentAt()).isEqualTo(NOW);
        assertThat(sent.progress().dueAt()).isEqualTo(NOW.plus(ANSWER_WITHIN));
        assertThat(sent.progress().escalations()).isZero();
        assertThat(sent.updatedAt()).isEqualTo(NOW);
        assertThat(change.event().action()).isEqualTo(ReferralAction.SEND);
        assertThat(change.event().from()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(change.event().to()).isEqualTo(ReferralStatus.SENT);
        assertThat(change.event().servicePointId()).isEqualTo(CLINIC.id());
        assertThat(change.event().priority()).isEqualTo(Priority.URGENT);
        assertThat(change.event().consentOverridden()).isFalse();
    }

    @Test
    void aDraftWithoutConsentIsNotSent() {
        assertThatThrownBy(() -> Referrals.draft().send(CLINIC, ANSWER_WITHIN, null, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("consent"));
    }

    @Test
    void anOverriddenConsentLetsTheDraftGoAndFlagsTheEvent() {
        Referral overridden = Referrals.draft()
                .recordConsent(false, true, null, "Synthetic urgent reason", true, Referrals.SENDER, NOW);

        Change change = overridden.send(CLINIC, ANSWER_WITHIN, null, NOW);

        assertThat(change.event().consentOverridden()).isTrue();
    }

    @Test
    void anInactiveOrMissingServicePointIsRefused() {
        Referral consented = Referrals.consented();
        var closed = Referrals.point("Synthetic clinic", true, false);

        for (var target : new org.harambee.referrals.ServicePointRef[] {null, closed}) {
            assertThatThrownBy(() -> consented.send(target, ANSWER_WITHIN, null, NOW))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.byField()).containsOnlyKeys("servicePointId"));
        }
    }

    @Test
    void everyMissingChoiceIsNamedAtOnce() {
        Referral incomplete = Referral.draft(
                        Referrals.draft().id(),
                        "R-TEST2345",
                        Referrals.draft().place(),
                        new Need(null, Priority.NORMAL, null, null, false, null),
                        CLINIC.id(),
                        "MANUAL",
                        false,
                        "SMS",
                        Referrals.SENDER,
                        NOW)
                .recordConsent(true, true, "all", null, false, Referrals.SENDER, NOW);

        assertThatThrownBy(() -> incomplete.send(CLINIC, ANSWER_WITHIN, null, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("category", "ageBand", "sex", "reason"));
    }

    @Test
    void aSentReferralIsNotSentAgain() {
        assertThatThrownBy(() -> Referrals.sent().send(CLINIC, ANSWER_WITHIN, null, NOW))
                .isInstanceOfSatisfying(
                        ReferralConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("referrals.conflict.action"));
    }

    @Test
    void theSendersNoteIsLimitedTo1000Characters() {
        assertThatThrownBy(() -> Referrals.consented().send(CLINIC, ANSWER_WITHIN, "x".repeat(1001), NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("note"));
    }
}
