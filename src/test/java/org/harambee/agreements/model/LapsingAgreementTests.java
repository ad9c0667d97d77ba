package org.harambee.agreements.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.harambee.agreements.model.SomeAgreements.TIES;
import static org.harambee.agreements.model.SomeAgreements.TODAY;

import org.harambee.agreements.AgreementLapsed;
import org.harambee.agreements.AgreementStatus;
import org.junit.jupiter.api.Test;

class LapsingAgreementTests {

    @Test
    void anAgreementInForceReadsAsLapsedOnceItsReviewDateHasPassed() {
        assertThat(Agreement.effective(AgreementStatus.IN_FORCE, TODAY.minusDays(1), TODAY))
                .isEqualTo(AgreementStatus.LAPSED);
        assertThat(Agreement.effective(AgreementStatus.IN_FORCE, TODAY, TODAY)).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(Agreement.effective(AgreementStatus.DRAFT, TODAY.minusDays(1), TODAY))
                .isEqualTo(AgreementStatus.DRAFT);
        assertThat(Agreement.effective(AgreementStatus.ENDED, TODAY.minusDays(1), TODAY))
                .isEqualTo(AgreementStatus.ENDED);
        assertThat(SomeAgreements.inForce(TODAY.minusDays(1)).effectiveStatus(TODAY))
                .isEqualTo(AgreementStatus.LAPSED);
    }

    @Test
    void theDailyLapseStoresItAndSaysSo() {
        Agreement pastReview = SomeAgreements.inForce(TODAY.minusDays(1));

        Change change = pastReview.lapse(TIES, TODAY);

        assertThat(change.agreement().status()).isEqualTo(AgreementStatus.LAPSED);
        assertThat(change.agreement().reviewDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(change.from()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(change.events())
                .containsExactly(new AgreementLapsed(
                        SomeAgreements.ID, SomeAgreements.UNIT, "/zz/p1/d1/", TIES.communityIds(), TODAY.minusDays(1)));
    }

    @Test
    void onlyAnAgreementStoredInForcePastItsReviewDateLapses() {
        assertThat(SomeAgreements.inForce(TODAY).lapses(TODAY)).isFalse();
        assertThat(SomeAgreements.lapsed().lapses(TODAY)).isFalse();
        assertThat(SomeAgreements.draft().lapses(TODAY)).isFalse();
        assertThat(SomeAgreements.ended().lapses(TODAY.plusYears(2))).isFalse();
        assertThatThrownBy(() -> SomeAgreements.inForce(TODAY).lapse(TIES, TODAY))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SomeAgreements.lapsed().lapse(TIES, TODAY)).isInstanceOf(IllegalStateException.class);
    }
}
