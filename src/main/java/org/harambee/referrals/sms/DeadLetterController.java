package org.harambee.referrals.sms;

import java.util.UUID;
import org.harambee.referrals.internal.ResultPageWithTotal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of SMS payloads that could not be taken in, with their replay. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
class DeadLetterController {

    static final String PAGE = "referrals/dead-letters";
    static final int PAGE_SIZE = 50;

    private final DeadLetterReplay deadLetters;

    DeadLetterController(DeadLetterReplay deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/sms/dead-letters")
    String showDeadLetters(
            @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("letters", ResultPageWithTotal.of(deadLetters.list(open, Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("open", open);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", PAGE_SIZE);
        return PAGE;
    }

    @PostMapping("/sms/dead-letters/{id}/replay")
    String processReplay(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("outcome", deadLetters.replay(id));
        return "redirect:/sms/dead-letters";
    }
}
