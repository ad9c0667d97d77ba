package org.harambee.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over REST, for administrators. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('VIEW_AUDIT')")
@Tag(name = "Audit")
class AuditApiController {

    private final AuditTrail audit;
    private final Scopes scopes;

    AuditApiController(AuditTrail audit, Scopes scopes) {
        this.audit = audit;
        this.scopes = scopes;
    }

    @GetMapping
    @Operation(summary = "Audit lines, newest first, optionally of one action and one actor")
    List<AuditEntry> list(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return audit.list(
                action, actor, scopes.of(Permission.VIEW_AUDIT), Math.max(page, 0), Math.min(Math.max(size, 1), 500));
    }

    @GetMapping("/verification")
    @Operation(summary = "Walk the hash chain: lines checked and the first line that was changed or removed, if any")
    AuditTrail.Verification verify() {
        return audit.verify();
    }
}
