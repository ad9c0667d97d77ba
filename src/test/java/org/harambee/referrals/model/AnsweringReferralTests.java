package org.harambee.referrals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harambee.referrals.model.Referrals.NOW;

import org.harambee.referrals.ReferralAction;
import org.harambee.referrals.ReferralAction.Actor;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.referrals.ReferralStatus;
import org.harambee.system.InvalidInputException;
import org.junit.jupiter.api.Test;

class AnsweringReferralTests {

    @Test
    void acknowledgingKeepsTheDeadlineRunning() {
        Referral sent = Referrals.sent();

        Change change = sent.acknowledge(null, NOW.plusSeconds(10));

        assertThat(change.referral().status()).isEqualTo(ReferralStatus.ACKNOWLEDGED);
        assertThat(change.referral().progress().dueAt())
                .isEqualTo(sent.progress().dueAt());
        assertThat(change.event().action()).isEqualTo(ReferralAction.ACKNOWLEDGE);
    }

    @Test
    void acceptingStopsTheDeadlineAndItsNoteBecomesTheFeedback() {
        Change change = Referrals.sent().accept("Synthetic appointment on Monday", NOW.plusSeconds(10));

        assertThat(change.referral().status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(change.referral().progress().dueAt()).isNull();
        assertThat(change.referral().progress().feedbackMessage()).isEqualTo("Synthetic appointment on Monday");
        assertThat(change.event().dueAt()).isNull();
        assertThat(change.event().from()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void decliningNeedsAReason() {
        assertThatThrownBy(() -> Referrals.sent().decline(null, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("note"));
    }

    @Test
    void aDeclineIsFinalAndCarriesItsReason() {
        Referral declined =
                Referrals.sent().decline("Synthetic: outside our area", NOW).referral();

        assertThat(declined.status().finished()).isTrue();
        assertThat(declined.progress().feedbackMessage()).isEqualTo("Synthetic: outside our area");
        assertThat(declined.actionsOf(actor -> true)).isEmpty();
        assertThat(Referrals.sent().actionsOf(actor -> actor == Actor.SENDER)).containsExactly(ReferralAction.WITHDRAW);
    }

    @Test
    void theServicePointsNoteIsLimitedTo500Characters() {
        assertThatThrownBy(() -> Referrals.sent().decline("x".repeat(501), NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("note"));
    }

    @Test
    void anAnswerOutOfOrderIsAConflict() {
        assertThatThrownBy(() -> Referrals.draft().accept(null, NOW))
                .isInstanceOfSatisfying(
                        ReferralConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("referrals.conflict.action"));
        assertThatThrownBy(() -> Referrals.sent().provide(null, NOW)).isInstanceOf(ReferralConflictException.class);
    }

    @Test
    void providingTheServiceRecordsIt() {
        Referral provided = Referrals.provided();

        assertThat(provided.status()).isEqualTo(ReferralStatus.SERVICE_PROVIDED);
        assertThat(provided.progress().serviceProvided()).isTrue();
        assertThat(provided.progress().feedbackMessage()).isEqualTo("Synthetic feedback");
    }

    @Test
    void closingAfterTheServiceKeepsItProvided() {
        Change change = Referrals.provided().close(null, NOW.plusSeconds(300));

        assertThat(change.referral().status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(change.event().serviceProvided()).isTrue();
    }

    @Test
    void closingAnAcceptedReferralWithoutTheServiceNeedsAReason() {
        assertThatThrownBy(() -> Referrals.accepted().close(null, NOW)).isInstanceOf(InvalidInputException.class);

        Change change = Referrals.accepted().close("Synthetic: family moved away", NOW);

        assertThat(change.event().serviceProvided()).isFalse();
    }

    @Test
    void theSenderConfirmsFeedbackOnlyAfterTheService() {
        assertThatThrownBy(() -> Referrals.accepted().confirmFeedback(null, NOW))
                .isInstanceOf(ReferralConflictException.class);

        Change change = Referrals.provided().confirmFeedback(null, NOW);

        assertThat(change.referral().status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(change.referral().progress().feedbackMessage())
                .as("the sender's note is not the service point's feedback")
                .isEqualTo("Synthetic feedback");
    }

    @Test
    void sendingAndEscalatingHaveTheirOwnRules() {
        assertThatThrownBy(() -> Referrals.consented().act(ReferralAction.SEND, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Referrals.sent().act(ReferralAction.ESCALATE, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
