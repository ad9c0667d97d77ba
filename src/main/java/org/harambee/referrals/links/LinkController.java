package org.harambee.referrals.links;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.system.Forms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page behind a one-time link, for a service point not on the platform: no account, the link is the credential.
 * The page is never cached and sends no referrer, so that the token does not leak into logs of other sites.
 */
@Controller
class LinkController {

    static final String PAGE = "referrals/link";
    static final String INVALID = "referrals/link-invalid";

    private final LinkAnswers answers;
    private final MessageSource messages;
    private final Forms forms;

    LinkController(LinkAnswers answers, MessageSource messages, Forms forms) {
        this.answers = answers;
        this.messages = messages;
        this.forms = forms;
    }

    @GetMapping("/r/{token}")
    String showLink(@PathVariable String token, Model model, HttpServletResponse response) {
        noStore(response);
        model.addAttribute("view", answers.open(token));
        model.addAttribute("token", token);
        return PAGE;
    }

    @PostMapping("/r/{token}")
    String processLink(
            @PathVariable String token,
            @Valid @ModelAttribute("form") LinkForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String action = form.action();
        String note = form.note();
        try {
            return forms.submit(
                    binding,
                    () -> {
                        answers.act(token, form.input());
                        redirect.addFlashAttribute("done", action);
                        return "redirect:/r/" + token;
                    },
                    errors -> failed(
                            token, action, note, errors.values().iterator().next(), model, response));
        } catch (ReferralConflictException e) {
            String error = messages.getMessage(e.code(), e.args(), locale);
            return failed(token, action, note, error, model, response);
        }
    }

    /** The link's page again with why the action was refused (the first problem found) and the note as typed. */
    private String failed(
            String token, String action, String note, String error, Model model, HttpServletResponse response) {
        model.addAttribute("error", error);
        model.addAttribute("note", note);
        model.addAttribute("failedAction", action);
        return showLink(token, model, response);
    }

    @ExceptionHandler(LinkNotValidException.class)
    String invalid(HttpServletResponse response) {
        noStore(response);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return INVALID;
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
