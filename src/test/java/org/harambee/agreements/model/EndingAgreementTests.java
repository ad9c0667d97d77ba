package org.harambee.agreements.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.agreements.model.SomeAgreements.TIES;
import static org.harambee.agreements.model.SomeAgreements.TODAY;
import static org.harambee.agreements.model.SomeAgreements.refused;

import java.util.List;
import org.harambee.agreements.AgreementEnded;
import org.harambee.agreements.AgreementStatus;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class EndingAgreementTests {

    @Test
    void anAgreementInForceEndsOnTheDayGivenAndSaysSo() {
        Agreement inForce = SomeAgreements.inForce();

        Change change = inForce.end(TODAY.minusDays(1), TIES, TODAY, List.of());

        Agreement after = change.agreement();
        assertThat(after.status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(after.endedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(after.startDate()).isEqualTo(inForce.startDate());
        assertThat(after.reviewDate()).isEqualTo(inForce.reviewDate());
        assertThat(after.open()).isFalse();
        assertThat(change.from()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(change.events())
                .containsExactly(new AgreementEnded(
                        SomeAgreements.ID, SomeAgreements.UNIT, "/zz/p1/d1/", TIES.communityIds(), TODAY.minusDays(1)));
    }

    @Test
    void aLapsedAgreementEndsToo() {
        assertThat(SomeAgreements.lapsed()
                        .end(TODAY, TIES, TODAY, List.of())
                        .agreement()
                        .status())
                .isEqualTo(AgreementStatus.ENDED);
        assertThat(SomeAgreements.inForce(TODAY.minusDays(5))
                        .end(TODAY, TIES, TODAY, List.of())
                        .from())
                .isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void theDayIsNotInTheFutureNorBeforeTheStart() {
        Agreement inForce = SomeAgreements.inForce();
        refused(() -> inForce.end(TODAY.plusDays(1), TIES, TODAY, List.of()), "agreements.endedOn.outside");
        refused(
                () -> inForce.end(inForce.startDate().minusDays(1), TIES, TODAY, List.of()),
                "agreements.endedOn.outside");
    }

    @Test
    void onlyAnAgreementInForceOrLapsedEnds() {
        refused(() -> SomeAgreements.draft().end(TODAY, TIES, TODAY, List.of()), "agreements.transition.notInForce");
        refused(() -> SomeAgreements.ended().end(TODAY, TIES, TODAY, List.of()), "agreements.transition.notInForce");
    }

    @Test
    void problemsOfTheInputComeFirstWithThoseOfTheRule() {
        refused(
                () -> SomeAgreements.draft()
                        .end(null, TIES, TODAY, List.of(new FieldProblem("date", "agreements.date.required"))),
                "agreements.date.required",
                "agreements.transition.notInForce");
    }
}
