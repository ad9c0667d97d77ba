package org.harambee.notifications.preferences;

import jakarta.validation.Valid;
import java.util.Map;
import org.harambee.system.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
        return form(PreferenceForm.of(preferences.mine()), Map.of(), model);
    }

    @PostMapping("/notifications/preferences")
    String processUpdateForm(
            @Valid @ModelAttribute("form") PreferenceForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    preferences.change(form.input());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/notifications/preferences";
                },
                errors -> form(form, errors, model));
    }

    private String form(PreferenceForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("mine", preferences.mine());
        model.addAttribute("errors", errors);
        return FORM;
    }
}
