package org.harambee.agreements.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.agreements.model.SomeAgreements.TIES;
import static org.harambee.agreements.model.SomeAgreements.TODAY;
import static org.harambee.agreements.model.SomeAgreements.refused;

import java.util.List;
import org.harambee.agreements.AgreementInForce;
import org.harambee.agreements.AgreementLapsed;
import org.harambee.agreements.AgreementStatus;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class ReviewingAgreementTests {

    @Test
    void aReviewOfAnAgreementInForceMovesItsReviewDateAndSaysNothing() {
        Agreement inForce = SomeAgreements.inForce();

        Change change = inForce.review(TODAY, TODAY.plusYears(1), TIES, TODAY, List.of());

        assertThat(change.agreement().status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(change.agreement().reviewDate()).isEqualTo(TODAY.plusYears(1));
        assertThat(change.agreement().startDate()).isEqualTo(inForce.startDate());
        assertThat(change.from()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(change.events()).isEmpty();
    }

    @Test
    void aReviewBringsALapsedAgreementBackIntoForceSinceTheReview() {
        Change change = SomeAgreements.lapsed().review(TODAY, TODAY.plusYears(1), TIES, TODAY, List.of());

        assertThat(change.agreement().status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(change.from()).isEqualTo(AgreementStatus.LAPSED);
        assertThat(change.events()).hasSize(1).first().isInstanceOfSatisfying(AgreementInForce.class, e -> {
            assertThat(e.since()).isEqualTo(TODAY);
            assertThat(e.communityIds()).isEqualTo(TIES.communityIds());
        });
    }

    @Test
    void aLapseNotYetStoredIsToldFirstThenTheAgreementIsInForceAgain() {
        Agreement pastReview = SomeAgreements.inForce(TODAY.minusDays(3));

        Change change = pastReview.review(TODAY, TODAY.plusYears(1), TIES, TODAY, List.of());

        assertThat(change.from()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(change.events()).hasSize(2);
        assertThat(change.events().get(0))
                .isEqualTo(new AgreementLapsed(
                        SomeAgreements.ID, SomeAgreements.UNIT, "/zz/p1/d1/", TIES.communityIds(), TODAY.minusDays(3)));
        assertThat(change.events().get(1)).isInstanceOf(AgreementInForce.class);
    }

    @Test
    void theNextReviewIsAfterThisOneAndNotPast() {
        Agreement inForce = SomeAgreements.inForce();
        refused(() -> inForce.review(TODAY, TODAY, TIES, TODAY, List.of()), "agreements.reviewDate.tooEarly");
        refused(
                () -> inForce.review(TODAY.minusMonths(2), TODAY.minusDays(1), TIES, TODAY, List.of()),
                "agreements.reviewDate.tooEarly");
    }

    @Test
    void onlyAnAgreementInForceOrLapsedIsReviewed() {
        refused(
                () -> SomeAgreements.draft().review(TODAY, TODAY.plusDays(1), TIES, TODAY, List.of()),
                "agreements.transition.notInForce");
        refused(
                () -> SomeAgreements.ended().review(TODAY, TODAY.plusDays(1), TIES, TODAY, List.of()),
                "agreements.transition.notInForce");
    }

    @Test
    void problemsOfTheInputComeFirstWithThoseOfTheRule() {
        refused(
                () -> SomeAgreements.draft()
                        .review(
                                null,
                                TODAY.plusDays(1),
                                TIES,
                                TODAY,
                                List.of(new FieldProblem("outcome", "agreements.outcome.required"))),
                "agreements.outcome.required",
                "agreements.transition.notInForce");
    }
}
