package org.harambee.notifications.preferences;

import java.util.Map;
import org.harambee.system.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where an account chooses how it takes its messages (linked from the account page). */
@Controller
class PreferenceController {

    static final String FORM = "notifications/preferences";

    private final Preferences preferences;
    private final Forms forms;

    PreferenceController(Preferences preferences, Forms forms) {
        this.preferences = preferences;
        this.forms = forms;
    }

    @GetMapping("/notifications/preferences")
    String initUpdateForm(Model model) {
        PreferenceView mine = preferences.mine();
        return form(
                new PreferenceInput(mine.email(), mine.sms(), mine.inApp(), mine.quietFrom(), mine.quietUntil()),
                Map.of(),
                model);
    }

    @PostMapping("/notifications/preferences")
    String processUpdateForm(@ModelAttribute PreferenceInput form, Model model, RedirectAttributes redirect) {
        return forms.submit(
                () -> {
                    preferences.change(form);
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/notifications/preferences";
                },
                errors -> form(form, errors, model));
    }

    private String form(PreferenceInput form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("mine", preferences.mine());
        model.addAttribute("errors", errors);
        return FORM;
    }
}
