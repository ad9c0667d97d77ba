package org.harambee.insights.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.harambee.system.InvalidInputException;
import org.harambee.system.ReplicaReads;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** Answers an export request with its file, for the page links and the API alike. */
@Component
class ExportResponses {

    static final String CSV = "text/csv;charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final IndicatorExports exports;
    private final ReplicaReads replica;

    ExportResponses(IndicatorExports exports, ReplicaReads replica) {
        this.exports = exports;
        this.replica = replica;
    }

    /** An export may read from the read replica (decision 0030): the whole file from one consistent snapshot. */
    void write(String pcode, String period, String format, Locale locale, HttpServletResponse response)
            throws IOException {
        replica.read(() -> {
            writeFile(pcode, period, format, locale, response);
            return null;
        });
    }

    private void writeFile(String pcode, String period, String format, Locale locale, HttpServletResponse response)
            throws IOException {
        String kind = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("xlsx")) {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldProblem("format", "insights.export.format.invalid")));
        }
        IndicatorExports.Export export = exports.export(pcode, period, kind, locale);
        response.setContentType(kind.equals("csv") ? CSV : XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("indicators-" + export.reader().unit().pcode() + "-" + export.period() + "." + kind)
                        .build()
                        .toString());
        if (kind.equals("csv")) {
            IndicatorFiles.csv(export, response.getOutputStream());
        } else {
            IndicatorFiles.xlsx(export, response.getOutputStream());
        }
    }
}
