package org.harambee.communities.plans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.harambee.communities.internal.RecordFilters;
import org.harambee.system.ExportFormat;
import org.harambee.system.ResultPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The harms selected and the actions of the action plans inside the reader's area over REST, as pages or files. */
@RestController
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Harms and action plans", description = "The harms communities select and their action plans")
class PlanListApiController {

    private final HarmSelectionLists harms;
    private final ActionLists actions;

    PlanListApiController(HarmSelectionLists harms, ActionLists actions) {
        this.harms = harms;
        this.actions = actions;
    }

    @GetMapping("/api/v1/harm-selections")
    @Operation(
            summary = "Harms selected by communities inside your area, the latest first: unit (a P-code) limits to its"
                    + " subtree, community to one community, from and to (year-month-day) to the days selected, harm"
                    + " to one harm (see /api/v1/harms); sort date (default), community or harm")
    ResultPage<HarmSelectionLists.SelectionLine> listHarmSelections(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID community,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String harm,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        RecordFilters.Filter filter = harms.filter(new RecordFilters.Asked(unit, community, from, to, harm, sort));
        return harms.list(filter, Math.max(page, 0), ResultPage.size(size), locale.getLanguage());
    }

    @GetMapping(value = "/api/v1/harm-selections", params = "format")
    @Operation(
            summary = "The same list as a file, format csv or xlsx, every row (streamed): community, P-code, place,"
                    + " harm, day selected, groups consulted. Audited.")
    void exportHarmSelections(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID community,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String harm,
            @RequestParam(required = false) String sort,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        ExportFormat kind = ExportFormat.parse(format);
        harms.write(harms.filter(new RecordFilters.Asked(unit, community, from, to, harm, sort)), kind, response);
    }

    @GetMapping("/api/v1/action-plans")
    @Operation(
            summary = "The actions of the action plans inside your area, the nearest due first: unit (a P-code) limits"
                    + " to its subtree, community to one community, from and to (year-month-day) to the due days,"
                    + " status to PLANNED, IN_PROGRESS, DONE or DROPPED; sort due (default), community or status")
    ResultPage<ActionLists.ActionLine> listActions(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID community,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        RecordFilters.Filter filter = actions.filter(new RecordFilters.Asked(unit, community, from, to, status, sort));
        return actions.list(filter, Math.max(page, 0), ResultPage.size(size), locale.getLanguage());
    }

    @GetMapping(value = "/api/v1/action-plans", params = "format")
    @Operation(
            summary = "The same list as a file, format csv or xlsx, every row (streamed): community, P-code, place,"
                    + " plan, action, harm, responsible, due, done, status. Audited.")
    void exportActions(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID community,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        ExportFormat kind = ExportFormat.parse(format);
        actions.write(actions.filter(new RecordFilters.Asked(unit, community, from, to, status, sort)), kind, response);
    }
}
