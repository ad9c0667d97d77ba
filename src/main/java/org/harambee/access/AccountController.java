package org.harambee.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account page: change the password, sign out on every device. */
@Controller
class AccountController {

    static final String VIEW = "account/show";

    private final PasswordChange passwords;

    AccountController(PasswordChange passwords) {
        this.passwords = passwords;
    }

    @GetMapping("/account")
    String showAccount(Model model) {
        model.addAttribute("errors", Map.of());
        return VIEW;
    }

    @PostMapping("/account/password")
    String processPasswordForm(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String confirmPassword,
            Principal user,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = newPassword != null && !newPassword.equals(confirmPassword)
                ? Map.of("confirmPassword", "account.password.mismatch")
                : passwords.change(user.getName(), currentPassword, newPassword, session.getId());
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            return VIEW;
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    @PostMapping("/account/sessions/end")
    String endAllSessions(Principal user, HttpServletRequest request) {
        passwords.endSessions(user.getName(), null);
        request.getSession().invalidate();
        return "redirect:/login?logout";
    }
}
