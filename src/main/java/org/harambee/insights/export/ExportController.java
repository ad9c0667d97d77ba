package org.harambee.insights.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.harambee.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The download links of the insights pages: a unit's indicators for a period as CSV or XLSX. */
@Controller
@PreAuthorize("hasAuthority('EXPORT_AGGREGATES')")
class ExportController {

    private final ExportResponses responses;

    ExportController(ExportResponses responses) {
        this.responses = responses;
    }

    @GetMapping("/insights/{pcode}/export.csv")
    void downloadCsv(
            @PathVariable String pcode,
            @RequestParam(required = false) String period,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        download(pcode, period, "csv", locale, response);
    }

    @GetMapping("/insights/{pcode}/export.xlsx")
    void downloadXlsx(
            @PathVariable String pcode,
            @RequestParam(required = false) String period,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        download(pcode, period, "xlsx", locale, response);
    }

    private void download(String pcode, String period, String format, Locale locale, HttpServletResponse response)
            throws IOException {
        try {
            responses.write(pcode, period, format, locale, response);
        } catch (InvalidInputException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period", e);
        }
    }
}
