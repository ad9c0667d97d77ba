package org.harambee.agreements.drafting;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.harambee.access.AuditTrail;
import org.harambee.agreements.internal.AgreementRecords;
import org.harambee.agreements.internal.AgreementSearch;
import org.harambee.agreements.internal.AgreementViews;
import org.harambee.system.ExportFormat;
import org.harambee.system.RecordExports;
import org.harambee.system.RecordStreams;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements list as a file: the rows the list shows (the reader's area, the place, status, party and sort asked
 * for), read in batches so that places and parties are named once a batch, and written as they come. Audited with the
 * filters and the row count.
 */
@Service
@Transactional(readOnly = true)
class AgreementExport {

    static final List<String> HEADER = List.of(
            "agreements.export.title",
            "agreements.formality",
            "agreements.status",
            "agreements.export.pcode",
            "agreements.export.place",
            "agreements.export.start",
            "agreements.export.end",
            "agreements.export.review",
            "agreements.export.parties");

    private final AgreementReading reading;
    private final AgreementSearch search;
    private final RecordStreams streams;
    private final RecordExports exports;
    private final AuditTrail audit;

    AgreementExport(
            AgreementReading reading,
            AgreementSearch search,
            RecordStreams streams,
            RecordExports exports,
            AuditTrail audit) {
        this.reading = reading;
        this.search = search;
        this.streams = streams;
        this.exports = exports;
        this.audit = audit;
    }

    void write(String unit, String status, UUID party, String sort, ExportFormat format, HttpServletResponse response)
            throws IOException {
        AgreementSearch.Filter filter = reading.filter(unit, status, party, sort);
        String language = LocaleContextHolder.getLocale().getLanguage();
        Function<Object, String> formalities = exports.labels("agreements.formality.");
        Function<Object, String> statuses = exports.labels("agreements.status.");
        long[] rows = {0};
        exports.write(
                response,
                format,
                "agreements",
                HEADER,
                sheet -> search.each(filter, streams, batch -> {
                    List<AgreementViews.Summary> shown = reading.summaries(batch, filter.today(), language);
                    for (int i = 0; i < batch.size(); i++) {
                        AgreementRecords.Row row = batch.get(i);
                        AgreementViews.Summary s = shown.get(i);
                        sheet.row(
                                s.title(),
                                formalities.apply(s.formality()),
                                statuses.apply(s.status()),
                                s.unit() == null ? null : s.unit().pcode(),
                                s.unit() == null ? null : s.unit().name(),
                                text(row.startDate()),
                                text(row.endDate()),
                                text(s.reviewDate()),
                                String.join(" · ", s.parties()));
                    }
                    rows[0] += batch.size();
                }));
        audit.record(
                "AGREEMENTS_EXPORTED",
                "agreement-list",
                unit == null || unit.isBlank() ? null : unit.trim(),
                null,
                filter.areaPath(),
                format.extension() + " status=" + (filter.status() == null ? "" : filter.status()) + " party="
                        + (party == null ? "" : party) + " sort=" + (filter.sort() == null ? "" : filter.sort()) + " "
                        + rows[0] + " row(s)");
    }

    private static String text(Object date) {
        return date == null ? null : date.toString();
    }
}
