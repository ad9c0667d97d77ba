package org.harambee.agreements.documents;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The agreement resource of the API asked for as {@code Accept: application/pdf}: its printable summary. */
@RestController
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class AgreementSummaryApiController {

    private final AgreementSummaryController summaries;

    AgreementSummaryApiController(AgreementSummaryController summaries) {
        this.summaries = summaries;
    }

    @GetMapping(value = "/api/v1/agreements/{id}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> getSummary(@PathVariable UUID id, Locale locale) {
        return summaries.summary(id, locale);
    }
}
