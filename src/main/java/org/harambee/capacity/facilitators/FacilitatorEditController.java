package org.harambee.capacity.facilitators;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.partners.Partners;
import org.harambee.system.Forms;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting a facilitator, or recording that they are no longer active, with the form that records one. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
class FacilitatorEditController {

    private final Facilitators facilitators;
    private final FacilitatorReading reading;
    private final Partners partners;
    private final Forms forms;

    FacilitatorEditController(Facilitators facilitators, FacilitatorReading reading, Partners partners, Forms forms) {
        this.facilitators = facilitators;
        this.reading = reading;
        this.partners = partners;
        this.forms = forms;
    }

    @GetMapping("/facilitators/{id}/edit")
    String initUpdateForm(@PathVariable UUID id, Locale locale, Model model) {
        FacilitatorViews.Facilitator f = reading.get(id, locale.getLanguage());
        if (!facilitators.canEdit(id)) {
            throw new AccessDeniedException("outside the user's scope");
        }
        return form(id, FacilitatorForm.of(f), Map.of(), model);
    }

    @PostMapping("/facilitators/{id}")
    String processUpdateForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") FacilitatorForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    facilitators.update(id, form.change(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/facilitators/" + id;
                },
                errors -> form(id, form, errors, model));
    }

    private String form(UUID id, FacilitatorForm form, Map<String, String> errors, Model model) {
        model.addAttribute("facilitatorId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", partners.activeOrganisations());
        return FacilitatorController.FORM;
    }
}
