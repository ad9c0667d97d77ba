package org.harambee.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harambee.agreements.documents.AgreementDocuments;
import org.harambee.agreements.internal.AgreementRules;
import org.harambee.agreements.internal.CommitmentStatus;
import org.harambee.agreements.internal.PartyKind;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

/** The rules of an agreement's life, without Spring. */
class AgreementRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    @Test
    void anAgreementInForcePastItsReviewDateReadsAsLapsed() {
        assertThat(AgreementRules.effective(AgreementStatus.IN_FORCE, TODAY.minusDays(1), TODAY))
                .isEqualTo(AgreementStatus.LAPSED);
        assertThat(AgreementRules.effective(AgreementStatus.IN_FORCE, TODAY, TODAY))
                .isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(AgreementRules.effective(AgreementStatus.DRAFT, TODAY.minusDays(1), TODAY))
                .isEqualTo(AgreementStatus.DRAFT);
        assertThat(AgreementRules.effective(AgreementStatus.ENDED, TODAY.minusDays(1), TODAY))
                .isEqualTo(AgreementStatus.ENDED);
    }

    @Test
    void partiesAreAtLeastTwoWithOneOnEachSide() {
        assertThat(keys(AgreementRules.partyProblems(List.of(PartyKind.CLUSTER))))
                .containsExactly("agreements.parties.tooFew");
        assertThat(keys(AgreementRules.partyProblems(List.of(PartyKind.PARTNER, PartyKind.OFFICE))))
                .containsExactly("agreements.parties.noCommunity");
        assertThat(keys(AgreementRules.partyProblems(List.of(PartyKind.COMMUNITY, PartyKind.CLUSTER))))
                .containsExactly("agreements.parties.noSystem");
        assertThat(AgreementRules.partyProblems(List.of(PartyKind.CLUSTER, PartyKind.SERVICE_POINT)))
                .isEmpty();
    }

    @Test
    void aSignedMemorandumComesIntoForceOnlyOnceEveryPartySignedAndWithAReviewDateAhead() {
        assertThat(keys(AgreementRules.enteringForce(
                        AgreementStatus.DRAFT,
                        Formality.SIGNED_MOU,
                        TODAY,
                        TODAY.plusMonths(6),
                        List.of("Office"),
                        TODAY)))
                .containsExactly("agreements.signatories.missing");
        assertThat(AgreementRules.enteringForce(
                        AgreementStatus.DRAFT, Formality.VERBAL, TODAY, TODAY.plusMonths(6), List.of("Office"), TODAY))
                .isEmpty();
        assertThat(keys(AgreementRules.enteringForce(
                        AgreementStatus.DRAFT, Formality.MINUTED, TODAY, TODAY, List.of(), TODAY)))
                .containsExactly("agreements.reviewDate.tooEarly");
        assertThat(keys(AgreementRules.enteringForce(
                        AgreementStatus.DRAFT, Formality.MINUTED, TODAY, null, List.of(), TODAY)))
                .containsExactly("agreements.reviewDate.required");
        assertThat(keys(AgreementRules.enteringForce(
                        AgreementStatus.IN_FORCE, Formality.MINUTED, TODAY, TODAY.plusDays(9), List.of(), TODAY)))
                .containsExactly("agreements.transition.notDraft");
    }

    @Test
    void onlyAnAgreementInForceOrLapsedIsReviewedOrEnded() {
        assertThat(keys(AgreementRules.reviewing(AgreementStatus.DRAFT, TODAY, TODAY.plusDays(1), TODAY)))
                .containsExactly("agreements.transition.notInForce");
        assertThat(AgreementRules.reviewing(AgreementStatus.LAPSED, TODAY, TODAY.plusMonths(3), TODAY))
                .isEmpty();
        assertThat(keys(AgreementRules.ending(AgreementStatus.ENDED, TODAY, TODAY, TODAY)))
                .containsExactly("agreements.transition.notInForce");
        assertThat(keys(AgreementRules.ending(AgreementStatus.IN_FORCE, TODAY, TODAY.minusDays(1), TODAY)))
                .containsExactly("agreements.endedOn.outside");
        assertThat(AgreementRules.ending(AgreementStatus.LAPSED, TODAY.minusYears(1), TODAY, TODAY))
                .isEmpty();
    }

    @Test
    void anOpenCommitmentPastItsDueDateIsOverdue() {
        assertThat(AgreementRules.overdue(CommitmentStatus.OPEN, TODAY.minusDays(1), TODAY))
                .isTrue();
        assertThat(AgreementRules.overdue(CommitmentStatus.DONE, TODAY.minusDays(1), TODAY))
                .isFalse();
        assertThat(AgreementRules.overdue(CommitmentStatus.OPEN, TODAY, TODAY)).isFalse();
        assertThat(AgreementRules.overdue(CommitmentStatus.OPEN, null, TODAY)).isFalse();
    }

    @Test
    void documentsAreRecognisedByTheirFirstBytesAndKeepASafeName() {
        assertThat(AgreementDocuments.contentType(AgreementTables.PDF)).isEqualTo("application/pdf");
        assertThat(AgreementDocuments.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}))
                .isEqualTo("image/png");
        assertThat(AgreementDocuments.contentType(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}))
                .isEqualTo("image/jpeg");
        assertThat(AgreementDocuments.contentType("MZ".getBytes())).isNull();
        assertThat(AgreementDocuments.contentType(new byte[0])).isNull();
        assertThat(AgreementDocuments.filename("C:\\scans\\mou\n.pdf")).isEqualTo("mou.pdf");
        assertThat(AgreementDocuments.filename(null)).isEqualTo("document");
    }

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::key).toList();
    }
}
