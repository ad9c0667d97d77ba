package org.harambee.insights;

import java.util.Locale;
import org.harambee.insights.facts.Folding;
import org.harambee.system.PdfDocuments;
import org.harambee.system.ReplicaReads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A unit's quarterly report for government and donors, as a PDF (decision 0035). Same access as the dashboard. */
@Controller
@PreAuthorize("hasAuthority('VIEW_AGGREGATES')")
class QuarterlyReportController {

    static final String REPORT = "documents/quarterly-report";

    private final QuarterlyReport report;
    private final PdfDocuments documents;
    private final Folding folding;
    private final ReplicaReads replica;

    QuarterlyReportController(QuarterlyReport report, PdfDocuments documents, Folding folding, ReplicaReads replica) {
        this.report = report;
        this.documents = documents;
        this.folding = folding;
        this.replica = replica;
    }

    /** The report of the quarter the period falls in (the dashboard may show a month or a year). */
    @GetMapping("/insights/{pcode}/quarterly.pdf")
    ResponseEntity<byte[]> showReport(
            @PathVariable String pcode, @RequestParam(required = false) String period, Locale locale) {
        Period asked = Period.parse(period);
        return report(
                pcode, asked == null ? null : Period.quarterOf(asked.start()).toString(), locale);
    }

    /** The report as a download; a period that is not a quarter is refused. Also the API's PDF form. */
    ResponseEntity<byte[]> report(String pcode, String period, Locale locale) {
        // the figures as the dashboard reads them, perhaps from the read replica (decision 0030); drawn after
        var model = replica.read(() -> report.of(pcode, period, folding.asOf(), locale));
        return documents.response(REPORT, model, locale, "report-" + pcode + "-" + model.get("period"));
    }
}
