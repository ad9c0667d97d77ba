package org.harambee.insights.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Indicator exports over REST: a unit's indicators and its children's for a period, as a file. */
@RestController
@RequestMapping("/api/v1/insights")
@PreAuthorize("hasAuthority('EXPORT_AGGREGATES')")
@Tag(name = "Insights exports", description = "Indicators as tidy CSV or XLSX; small cells suppressed")
class ExportApiController {

    private final ExportResponses responses;

    ExportApiController(ExportResponses responses) {
        this.responses = responses;
    }

    @GetMapping("/{pcode}/export")
    @Operation(
            summary = "Every indicator of the unit and its children for period (2026-03, 2026-Q1 or 2026) as format csv"
                    + " or xlsx: one row per unit × indicator × period, hidden values empty with suppressed true")
    void export(
            @PathVariable String pcode,
            @RequestParam(required = false) String period,
            @RequestParam(required = false, defaultValue = "csv") String format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        responses.write(pcode, period, format, locale, response);
    }
}
