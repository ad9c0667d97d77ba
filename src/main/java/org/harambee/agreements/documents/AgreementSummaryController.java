package org.harambee.agreements.documents;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.agreements.drafting.AgreementReading;
import org.harambee.agreements.internal.AgreementViews;
import org.harambee.system.PdfDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An agreement's printable summary (decision 0035): its parties, its commitments, who signed, and a signature line for
 * each party. Same access as the agreement's page.
 */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class AgreementSummaryController {

    static final String SUMMARY = "documents/agreement-summary";

    private final AgreementReading reading;
    private final PdfDocuments documents;

    AgreementSummaryController(AgreementReading reading, PdfDocuments documents) {
        this.reading = reading;
        this.documents = documents;
    }

    @GetMapping("/agreements/{id}/summary.pdf")
    ResponseEntity<byte[]> showSummary(@PathVariable UUID id, Locale locale) {
        return summary(id, locale);
    }

    /** The summary as a download; {@link AgreementSummaryApiController} gives the same in the API. */
    ResponseEntity<byte[]> summary(UUID id, Locale locale) {
        AgreementViews.Agreement agreement = reading.get(id, locale.getLanguage());
        Set<UUID> signed = agreement.signatories().stream()
                .map(AgreementViews.Signatory::partyId)
                .collect(Collectors.toSet());
        // a blank signature line for each party nobody has signed for yet
        List<AgreementViews.Party> unsigned = agreement.parties().stream()
                .filter(p -> !signed.contains(p.id()))
                .toList();
        return documents.response(
                SUMMARY, Map.of("a", agreement, "unsigned", unsigned), locale, "agreement-" + agreement.title());
    }
}
