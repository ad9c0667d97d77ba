package org.harambee.communities.phases;

import java.util.Locale;
import java.util.UUID;
import org.harambee.system.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The backlog of requests to start, per area (a district), with accept and decline beside each request. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class BacklogController {

    static final String BACKLOG = "communities/backlog";

    private final StartRequests requests;
    private final Forms forms;

    BacklogController(StartRequests requests, Forms forms) {
        this.requests = requests;
        this.forms = forms;
    }

    @GetMapping("/communities/backlog")
    String showBacklog(@RequestParam(required = false) String unit, Locale locale, Model model) {
        forms.attempt(
                () -> model.addAttribute("requests", requests.backlog(unit, locale.getLanguage())),
                errors -> model.addAttribute("errors", errors));
        model.addAttribute("unit", unit);
        return BACKLOG;
    }

    @PostMapping("/communities/{id}/request/accept")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String accept(
            @PathVariable UUID id,
            @RequestParam(required = false) String startedOn,
            @RequestParam(required = false) String unit,
            Locale locale,
            RedirectAttributes redirect) {
        return decide(
                id,
                unit,
                locale,
                redirect,
                () -> requests.accept(id, new StartRequests.AcceptInput(startedOn, null), locale.getLanguage()));
    }

    @PostMapping("/communities/{id}/request/decline")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String decline(
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String unit,
            Locale locale,
            RedirectAttributes redirect) {
        return decide(
                id,
                unit,
                locale,
                redirect,
                () -> requests.decline(id, new StartRequests.DeclineInput(reason), locale.getLanguage()));
    }

    /** Back to the backlog, with the refusal beside the request it concerns. */
    private String decide(UUID id, String unit, Locale locale, RedirectAttributes redirect, Runnable decision) {
        forms.attempt(
                () -> {
                    decision.run();
                    redirect.addFlashAttribute("decided", id);
                },
                errors -> {
                    redirect.addFlashAttribute("refused", id);
                    redirect.addFlashAttribute("refusal", errors);
                });
        redirect.addAttribute("unit", unit == null ? "" : unit);
        return "redirect:/communities/backlog";
    }
}
