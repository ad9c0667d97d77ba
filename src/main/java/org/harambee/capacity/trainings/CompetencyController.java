package org.harambee.capacity.trainings;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.system.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of competencies: coordinators add one (names in three languages) and switch them off or on. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class CompetencyController {

    static final String LIST = "trainings/competencies";

    /** A new competency as entered: its code and its name in each language; it starts active. */
    record Form(String code, String nameEn, String nameFr, String nameSw) {

        Competencies.CompetencyInput input() {
            return new Competencies.CompetencyInput(code, nameEn, nameFr, nameSw, true);
        }
    }

    private final Competencies competencies;
    private final Trainings trainings;
    private final Forms forms;

    CompetencyController(Competencies competencies, Trainings trainings, Forms forms) {
        this.competencies = competencies;
        this.trainings = trainings;
        this.forms = forms;
    }

    @GetMapping("/competencies")
    String showCompetencies(Locale locale, Model model) {
        return page(new Form(null, null, null, null), Map.of(), locale, model);
    }

    @PostMapping("/competencies")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String processCompetencyForm(
            @Valid @ModelAttribute("form") Form form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    competencies.create(form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/competencies";
                },
                errors -> page(form, errors, locale, model));
    }

    @PostMapping("/competencies/{id}/active")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String processActiveForm(
            @PathVariable UUID id, @RequestParam boolean active, Locale locale, RedirectAttributes redirect) {
        competencies.activate(id, active, locale.getLanguage());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/competencies";
    }

    private String page(Form form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("competencies", competencies.all(locale.getLanguage()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canEdit", !trainings.writable().isEmpty());
        return LIST;
    }
}
