package org.harambee.agreements.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.agreements.model.SomeAgreements.TIES;
import static org.harambee.agreements.model.SomeAgreements.TODAY;
import static org.harambee.agreements.model.SomeAgreements.refused;

import java.util.List;
import org.harambee.agreements.AgreementInForce;
import org.harambee.agreements.AgreementStatus;
import org.harambee.agreements.Formality;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class EnteringForceTests {

    @Test
    void aDraftComesIntoForceWithItsDatesAndSaysWhatItTiesIn() {
        Agreement draft = SomeAgreements.draft();

        Change change = draft.enterForce(TODAY, TODAY.plusMonths(6), List.of(), TIES, TODAY, List.of());

        Agreement after = change.agreement();
        assertThat(after.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(after.startDate()).isEqualTo(TODAY);
        assertThat(after.reviewDate()).isEqualTo(TODAY.plusMonths(6));
        assertThat(after.endedOn()).isNull();
        assertThat(change.from()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(draft.status()).as("the draft itself is unchanged").isEqualTo(AgreementStatus.DRAFT);
        assertThat(change.events())
                .containsExactly(new AgreementInForce(
                        SomeAgreements.ID,
                        SomeAgreements.UNIT,
                        "/zz/p1/d1/",
                        TIES.communityIds(),
                        TODAY,
                        TIES.communityPartyIds(),
                        TIES.clusterPartyIds()));
    }

    @Test
    void aSignedMemorandumComesIntoForceOnlyOnceEveryPartySigned() {
        refused(
                () -> SomeAgreements.draft(Formality.SIGNED_MOU)
                        .enterForce(TODAY, TODAY.plusMonths(6), List.of("Office"), TIES, TODAY, List.of()),
                "agreements.signatories.missing");
        assertThat(SomeAgreements.draft(Formality.VERBAL)
                        .enterForce(TODAY, TODAY.plusMonths(6), List.of("Office"), TIES, TODAY, List.of())
                        .agreement()
                        .status())
                .isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void theReviewDateIsNeededAfterTheStartAndNotPast() {
        Agreement draft = SomeAgreements.draft();
        refused(
                () -> draft.enterForce(TODAY, null, List.of(), TIES, TODAY, List.of()),
                "agreements.reviewDate.required");
        refused(
                () -> draft.enterForce(TODAY, TODAY, List.of(), TIES, TODAY, List.of()),
                "agreements.reviewDate.tooEarly");
        refused(
                () -> draft.enterForce(TODAY.minusMonths(2), TODAY.minusDays(1), List.of(), TIES, TODAY, List.of()),
                "agreements.reviewDate.tooEarly");
    }

    @Test
    void theStartIsAtMostAYearAheadAndEveryProblemIsNamedAtOnce() {
        refused(
                () -> SomeAgreements.draft(Formality.SIGNED_MOU)
                        .enterForce(
                                TODAY.plusYears(1).plusDays(1),
                                TODAY.plusYears(1),
                                List.of("Office"),
                                TIES,
                                TODAY,
                                List.of()),
                "agreements.reviewDate.tooEarly",
                "agreements.date.tooFar",
                "agreements.signatories.missing");
    }

    @Test
    void onlyADraftComesIntoForce() {
        for (Agreement agreement : List.of(SomeAgreements.inForce(), SomeAgreements.lapsed(), SomeAgreements.ended())) {
            refused(
                    () -> agreement.enterForce(TODAY, TODAY.plusMonths(6), List.of(), TIES, TODAY, List.of()),
                    "agreements.transition.notDraft");
        }
    }

    @Test
    void problemsOfTheInputAreAnsweredAloneBeforeTheRules() {
        refused(
                () -> SomeAgreements.inForce()
                        .enterForce(
                                null,
                                null,
                                List.of(),
                                TIES,
                                TODAY,
                                List.of(new FieldProblem("date", "agreements.date.invalid"))),
                "agreements.date.invalid");
    }
}
