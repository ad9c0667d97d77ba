package org.harambee.notifications.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of the delivery log, with a failed message sent again by hand. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
class DeliveryLogController {

    static final String PAGE = "notifications/log";
    private static final Inputs INPUTS = Inputs.keyed("notifications");

    private final DeliveryLog log;

    DeliveryLogController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping("/notifications/log")
    String showLog(
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
        // a page's filter reads leniently: an unknown status shows every message
        OutboxStatus chosen = Inputs.parse(OutboxStatus.class, status);
        model.addAttribute("entries", log.page(chosen, page, 50));
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", OutboxStatus.values());
        return PAGE;
    }

    @PostMapping("/notifications/log/{id}/retry")
    String processRetry(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            log.retry(id);
            redirect.addFlashAttribute("retried", true);
        } catch (NotRetryableException e) {
            redirect.addFlashAttribute("refused", e.code());
        }
        return "redirect:/notifications/log";
    }

    /** The status filter: none for all, 400 with a field error for an unknown one. */
    static OutboxStatus status(String value) {
        List<FieldProblem> problems = new ArrayList<>();
        OutboxStatus status = INPUTS.choice("status", value, OutboxStatus.class, false, problems);
        Inputs.refuseIfAny(problems);
        return status;
    }
}
