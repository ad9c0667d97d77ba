package org.harambee.agreements.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.agreements.model.SomeAgreements.TODAY;
import static org.harambee.agreements.model.SomeAgreements.keys;
import static org.harambee.agreements.model.SomeAgreements.refused;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class DraftingAgreementTests {

    @Test
    void partiesAreAtLeastTwoAtMostTwentyWithOneOnEachSide() {
        assertThat(keys(Agreement.partyProblems(List.of(PartyKind.CLUSTER))))
                .containsExactly("agreements.parties.tooFew");
        assertThat(keys(Agreement.partyProblems(List.of(PartyKind.PARTNER, PartyKind.OFFICE))))
                .containsExactly("agreements.parties.noCommunity");
        assertThat(keys(Agreement.partyProblems(List.of(PartyKind.COMMUNITY, PartyKind.CLUSTER))))
                .containsExactly("agreements.parties.noSystem");
        List<PartyKind> many = new ArrayList<>(Collections.nCopies(20, PartyKind.COMMUNITY));
        many.add(PartyKind.PARTNER);
        assertThat(keys(Agreement.partyProblems(many))).containsExactly("agreements.parties.tooMany");
        assertThat(Agreement.partyProblems(List.of(PartyKind.CLUSTER, PartyKind.SERVICE_POINT)))
                .isEmpty();
    }

    @Test
    void aPartyJoinsOnlyADraftAndNotATwentyFirst() {
        assertThat(SomeAgreements.draft().addingParty(19)).isEmpty();
        assertThat(keys(SomeAgreements.draft().addingParty(20))).containsExactly("agreements.parties.tooMany");
        refused(() -> SomeAgreements.inForce().addingParty(2), "agreements.party.onlyDraft");
        refused(() -> SomeAgreements.ended().addingParty(2), "agreements.party.onlyDraft");
    }

    @Test
    void aPartyLeavesOnlyADraftWhenUnusedAndTheOthersStillMakeAnAgreement() {
        List<PartyKind> two = List.of(PartyKind.COMMUNITY, PartyKind.PARTNER);
        assertThat(SomeAgreements.draft().removingParty(false, two)).isEmpty();
        assertThat(SomeAgreements.inForce().removingParty(false, two))
                .extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("party", "agreements.party.onlyDraft"));
        assertThat(keys(SomeAgreements.draft().removingParty(true, two))).containsExactly("agreements.party.inUse");
        assertThat(SomeAgreements.draft().removingParty(false, List.of(PartyKind.COMMUNITY)))
                .extracting(FieldProblem::field, FieldProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("party", "agreements.parties.tooFew"));
    }

    @Test
    void aDraftIsCorrectedFreelyButInForceItsStartAndReviewDateStay() {
        List<FieldProblem> problems = new ArrayList<>();
        SomeAgreements.draft().checkRevision(TODAY, TODAY.plusMonths(1), problems);
        assertThat(problems).isEmpty();

        Agreement inForce = SomeAgreements.inForce();
        inForce.checkRevision(inForce.startDate(), inForce.reviewDate(), problems);
        assertThat(problems).isEmpty();
        inForce.checkRevision(TODAY, TODAY.plusYears(2), problems);
        assertThat(keys(problems)).containsExactly("agreements.reviewDate.byReview", "agreements.startDate.fixed");
    }

    @Test
    void onlyAnEndedAgreementIsClosedToNewParts() {
        assertThat(SomeAgreements.draft().open()).isTrue();
        assertThat(SomeAgreements.lapsed().open()).isTrue();
        SomeAgreements.inForce().requireOpen();
        refused(() -> SomeAgreements.ended().requireOpen(), "agreements.ended");
    }
}
