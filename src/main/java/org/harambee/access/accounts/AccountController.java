package org.harambee.access.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
            @Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult binding, Principal user, Model model) {
        Map<String, String> errors = form.problems(binding);
        if (!errors.isEmpty()) {
            return view(user, errors, model);
        }
        // Shown in this answer, not through a redirect: a flash attribute would put the secret in the session table.
        model.addAttribute("newToken", tokens.create(user.getName(), form.tokenName(), form.tokenDays()));
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
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult binding,
            Principal user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        Map<String, String> errors = form.confirmed()
                ? passwords.change(user.getName(), form.currentPassword(), form.newPassword(), session.getId())
                : Map.of("confirmPassword", "account.password.mismatch");
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
