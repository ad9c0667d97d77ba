package org.harambee.access.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.harambee.access.AuditEntry;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over REST: administrators see every line, national coordinators those placed in their area. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('VIEW_AUDIT')")
@Tag(name = "Audit")
class AuditApiController {

    private final AuditTrail audit;
    private final Scopes scopes;
    private final AuditFilters filters;

    AuditApiController(AuditTrail audit, Scopes scopes, AuditFilters filters) {
        this.audit = audit;
        this.scopes = scopes;
        this.filters = filters;
    }

    @GetMapping
    @Operation(
            summary = "Audit lines, newest first; filters: action, actor, unit (P-code: lines placed in its subtree),"
                    + " from and to (dates, inclusive, UTC)")
    List<AuditEntry> list(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return audit.list(
                filters.query(action, actor, unit, from, to),
                scopes.of(Permission.VIEW_AUDIT),
                Math.max(page, 0),
                Math.min(Math.max(size, 1), 500));
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @Operation(summary = "The same lines as CSV, at most 100,000; the export itself is audited")
    void export(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response)
            throws IOException {
        filters.export(audit, scopes.of(Permission.VIEW_AUDIT), action, actor, unit, from, to, response);
    }

    @GetMapping("/verification")
    @Operation(summary = "Walk the hash chain: lines checked and the first line that was changed or removed, if any")
    AuditTrail.Verification verify() {
        return audit.verify();
    }
}
