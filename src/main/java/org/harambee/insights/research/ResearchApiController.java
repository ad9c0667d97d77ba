package org.harambee.insights.research;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.harambee.access.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Research views over REST: the stepped-wedge table (also as CSV) and the Bass diffusion fits of a unit. */
@RestController
@RequestMapping("/api/v1/insights")
@Tag(name = "Insights research", description = "Stepped-wedge uptake and Bass diffusion")
class ResearchApiController {

    private final SteppedWedge wedge;
    private final SteppedWedgeExport export;
    private final Diffusion diffusion;

    ResearchApiController(SteppedWedge wedge, SteppedWedgeExport export, Diffusion diffusion) {
        this.wedge = wedge;
        this.export = export;
        this.diffusion = diffusion;
    }

    @GetMapping("/{pcode}/stepped-wedge")
    @PreAuthorize("hasAuthority('VIEW_AGGREGATES')")
    @Operation(
            summary = "Referrals sent per cluster and month of every rollout under the unit, before and after each"
                    + " cluster's crossover, with the before/after means; small counts hidden unless exact")
    SteppedWedgeViews.Table steppedWedge(@PathVariable String pcode, Locale locale) {
        return wedge.table(pcode, Permission.VIEW_AGGREGATES, locale);
    }

    @GetMapping("/{pcode}/stepped-wedge/export")
    @PreAuthorize("hasAuthority('EXPORT_AGGREGATES')")
    @Operation(summary = "The stepped-wedge table as tidy CSV, one row per cluster × month")
    void steppedWedgeCsv(@PathVariable String pcode, Locale locale, HttpServletResponse response) throws IOException {
        export.write(pcode, locale, response);
    }

    @GetMapping("/{pcode}/diffusion")
    @PreAuthorize("hasAuthority('VIEW_AGGREGATES')")
    @Operation(
            summary = "Bass diffusion of community starts: p, q, m with standard errors, R², fitted counts and a"
                    + " 24-month forecast per province (the unit itself at province level or below); a refusal with"
                    + " its reason below 6 months, 4 months with a start or 10 communities started; no forecast from"
                    + " a poor fit")
    DiffusionViews.Diffusion diffusion(@PathVariable String pcode, Locale locale) {
        return diffusion.of(pcode, locale);
    }
}
