package org.harambee.agreements.parts;

import java.time.LocalDate;
import java.util.UUID;
import org.harambee.agreements.drafting.PartyChoices;
import org.harambee.agreements.internal.AgreementInputs;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The forms on an agreement's page as bound: ids and dates read by the binding (one that cannot be read is refused
 * beside its field before the service is asked), the rest as typed; each turns into the service's input, whose rules
 * stay in the service.
 */
final class PartForms {

    private PartForms() {}

    /** A party added to the agreement: the value picked joins its kind and id; an office has a name and a level. */
    record PartyForm(String party, String officeName, String officeLevel) {

        AgreementInputs.PartyInput input() {
            return PartyChoices.party(party, officeName, officeLevel);
        }
    }

    record SignatoryForm(
            UUID partyId,
            String name,
            String title,
            @DateTimeFormat(iso = ISO.DATE) LocalDate signedOn) {

        AgreementInputs.SignatoryInput input() {
            return new AgreementInputs.SignatoryInput(partyId, name, title, text(signedOn));
        }
    }

    record StepForm(@DateTimeFormat(iso = ISO.DATE) LocalDate occurredOn, String kind, String note, String who) {

        AgreementInputs.StepInput input() {
            return new AgreementInputs.StepInput(text(occurredOn), kind, note, who);
        }
    }

    record CommitmentForm(
            String description,
            UUID ownerPartyId,
            @DateTimeFormat(iso = ISO.DATE) LocalDate dueOn,
            String status) {

        AgreementInputs.CommitmentInput input() {
            return new AgreementInputs.CommitmentInput(description, ownerPartyId, text(dueOn), status);
        }
    }

    record ReviewForm(
            @DateTimeFormat(iso = ISO.DATE) LocalDate reviewedOn,
            String outcome,
            @DateTimeFormat(iso = ISO.DATE) LocalDate nextReviewOn) {

        AgreementInputs.ReviewInput input() {
            return new AgreementInputs.ReviewInput(text(reviewedOn), outcome, text(nextReviewOn));
        }
    }

    /** A change of status, with the date it takes effect and, coming into force, the date of the first review. */
    record TransitionForm(
            String status,
            @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @DateTimeFormat(iso = ISO.DATE) LocalDate reviewDate) {

        AgreementInputs.TransitionInput input() {
            return new AgreementInputs.TransitionInput(status, text(date), text(reviewDate));
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
