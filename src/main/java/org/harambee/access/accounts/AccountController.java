package org.harambee.access.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.tokens.ApiTokens;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account page: change the password, personal API tokens, sign out on every device. */
@Controller
class AccountController {

    static final String VIEW = "account/show";

    private final PasswordChange passwords;
    private final ApiTokens tokens;
    private final AccountReading reading;
    private final UserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(PasswordChange passwords, ApiTokens tokens, AccountReading reading, UserDetailsService users) {
        this.passwords = passwords;
        this.tokens = tokens;
        this.reading = reading;
        this.users = users;
    }

    @GetMapping("/account")
    String showAccount(Principal user, Model model) {
        return view(user, Map.of(), model);
    }

    @PostMapping("/account/tokens")
    String processTokenForm(
            @RequestParam(required = false) String tokenName,
            @RequestParam(required = false) Integer tokenDays,
            Principal user,
            Model model) {
        if (tokenName == null || tokenName.isBlank() || tokenName.length() > 100) {
            return view(user, Map.of("tokenName", "account.tokens.nameRequired"), model);
        }
        if (tokenDays == null || tokenDays < 1 || tokenDays > ApiTokens.MAX_DAYS) {
            return view(user, Map.of("tokenDays", "account.tokens.daysRange"), model);
        }
        // Shown in this answer, not through a redirect: a flash attribute would put the secret in the session table.
        model.addAttribute("newToken", tokens.create(user.getName(), tokenName, tokenDays));
        return view(user, Map.of(), model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, Principal user) {
        tokens.revoke(user.getName(), id);
        return "redirect:/account";
    }

    private String view(Principal user, Map<String, String> errors, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("tokens", tokens.of(user.getName()));
        model.addAttribute("me", reading.own(user.getName()));
        return VIEW;
    }

    @PostMapping("/account/password")
    String processPasswordForm(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String confirmPassword,
            Principal user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        Map<String, String> errors = newPassword != null && !newPassword.equals(confirmPassword)
                ? Map.of("confirmPassword", "account.password.mismatch")
                : passwords.change(user.getName(), currentPassword, newPassword, session.getId());
        if (!errors.isEmpty()) {
            return view(user, errors, model);
        }
        refreshAuthorities(user.getName(), request, response);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    /** After a required change, the session's sign-in no longer carries {@code PASSWORD_CHANGE_REQUIRED}. */
    private void refreshAuthorities(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails fresh = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    @PostMapping("/account/sessions/end")
    String endAllSessions(Principal user, HttpServletRequest request) {
        passwords.endSessions(user.getName(), null);
        request.getSession().invalidate();
        return "redirect:/login?logout";
    }
}
