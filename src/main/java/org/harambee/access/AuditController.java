package org.harambee.access;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit page: recent lines with filters, and the verification of the chain on demand. */
@Controller
@PreAuthorize("hasAuthority('VIEW_AUDIT')")
class AuditController {

    static final String VIEW = "audit/list";

    private final AuditTrail audit;
    private final Scopes scopes;

    AuditController(AuditTrail audit, Scopes scopes) {
        this.audit = audit;
        this.scopes = scopes;
    }

    @GetMapping("/audit")
    String showAudit(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean verify,
            Model model) {
        model.addAttribute(
                "entries", audit.list(action, actor, scopes.of(Permission.VIEW_AUDIT), Math.max(page, 0), 50));
        model.addAttribute("action", action);
        model.addAttribute("actor", actor);
        model.addAttribute("page", Math.max(page, 0));
        if (verify) {
            model.addAttribute("verification", audit.verify());
        }
        return VIEW;
    }
}
