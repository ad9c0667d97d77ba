package org.harambee.insights;

import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A unit's indicators asked for as {@code Accept: application/pdf}: its quarterly report; a month is a 400. */
@RestController
@PreAuthorize("hasAuthority('VIEW_AGGREGATES')")
class QuarterlyReportApiController {

    private final QuarterlyReportController reports;

    QuarterlyReportApiController(QuarterlyReportController reports) {
        this.reports = reports;
    }

    @GetMapping(value = "/api/v1/insights/{pcode}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> getReport(
            @PathVariable String pcode, @RequestParam(required = false) String period, Locale locale) {
        return reports.report(pcode, period, locale);
    }
}
