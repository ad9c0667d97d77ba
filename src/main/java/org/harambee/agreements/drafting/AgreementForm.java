package org.harambee.agreements.drafting;

import java.time.LocalDate;
import java.util.List;
import org.harambee.agreements.internal.AgreementInputs;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The agreement form as bound: the dates read by the binding (one that is no date is refused beside its field before
 * the service is asked), the rest as typed, checked by {@link AgreementDrafting}. A new agreement names one party of
 * each side; more are added on its page.
 */
record AgreementForm(
        String title,
        String purpose,
        String formality,
        String unit,
        @DateTimeFormat(iso = ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = ISO.DATE) LocalDate endDate,
        @DateTimeFormat(iso = ISO.DATE) LocalDate reviewDate,
        String communityParty,
        String systemParty,
        String officeName,
        String officeLevel) {

    AgreementInputs.AgreementInput input(boolean withParties) {
        return new AgreementInputs.AgreementInput(
                title,
                purpose,
                formality,
                unit,
                text(startDate),
                text(endDate),
                text(reviewDate),
                withParties
                        ? List.of(
                                PartyChoices.party(communityParty, null, null),
                                PartyChoices.party(systemParty, officeName, officeLevel))
                        : null);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
