package org.harambee.access.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.access.AuditEntry;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit page: lines with filters, a CSV download, and the verification of the chain on demand. */
@Controller
@PreAuthorize("hasAuthority('VIEW_AUDIT')")
class AuditController {

    static final String VIEW = "audit/list";
    static final int PAGE_SIZE = 50;

    private final AuditTrail audit;
    private final Scopes scopes;
    private final AuditFilters filters;
    private final MessageSource messages;

    AuditController(AuditTrail audit, Scopes scopes, AuditFilters filters, MessageSource messages) {
        this.audit = audit;
        this.scopes = scopes;
        this.filters = filters;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String showAudit(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean verify,
            Locale locale,
            Model model) {
        model.addAttribute("action", action);
        model.addAttribute("actor", actor);
        model.addAttribute("unit", unit);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", PAGE_SIZE);
        List<AuditEntry> entries;
        try {
            entries = audit.list(
                    filters.query(action, actor, unit, from, to),
                    scopes.of(Permission.VIEW_AUDIT),
                    Math.max(page, 0),
                    PAGE_SIZE);
            model.addAttribute("errors", Map.of());
        } catch (InvalidInputException e) {
            entries = List.of();
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.byField().forEach((field, p) -> errors.put(field, messages.getMessage(p.key(), p.args(), locale)));
            model.addAttribute("errors", errors);
        }
        model.addAttribute("entries", entries);
        model.addAttribute("places", filters.places(entries));
        model.addAttribute("everywhere", scopes.of(Permission.VIEW_AUDIT).everywhere());
        if (verify) {
            model.addAttribute("verification", audit.verify());
        }
        return VIEW;
    }

    @GetMapping("/audit/export.csv")
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
}
