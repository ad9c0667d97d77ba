package org.harambee.access.accounts;

import java.time.Instant;
import org.harambee.access.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgotten your password?": the request is recorded on the account (administrators see it and give a temporary
 * password, by phone or in person: many deployments have no e-mail). The answer is the same whether or not an account
 * matches, so that nobody learns which usernames or addresses exist.
 */
@Controller
class PasswordResetController {

    static final String VIEW = "password-reset";

    private final AccountRecords accounts;
    private final AuditTrail audit;

    PasswordResetController(AccountRecords accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/password-reset")
    String showForm() {
        return VIEW;
    }

    @PostMapping("/password-reset")
    String processForm(@RequestParam(required = false) String who, Model model) {
        if (who == null || who.isBlank() || who.length() > 254) {
            model.addAttribute("invalid", true);
            return VIEW;
        }
        for (String username : accounts.requestReset(who, Instant.now())) {
            audit.recordAs("anonymous", "PASSWORD_RESET_REQUESTED", "account", username, null, null, null);
        }
        model.addAttribute("requested", true);
        return VIEW;
    }
}
