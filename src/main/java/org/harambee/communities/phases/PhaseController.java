package org.harambee.communities.phases;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.communities.Phase;
import org.harambee.communities.internal.CommunityDirectory;
import org.harambee.communities.internal.CommunityViews;
import org.harambee.system.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a community's next phase: the form offers the usual next phase and today's date. */
@Controller
@PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
class PhaseController {

    static final String FORM = "communities/phase";

    private final CommunityDirectory directory;
    private final PhaseRecording phases;
    private final Forms forms;

    PhaseController(CommunityDirectory directory, PhaseRecording phases, Forms forms) {
        this.directory = directory;
        this.phases = phases;
        this.forms = forms;
    }

    @GetMapping("/communities/{id}/phases/new")
    String showPhaseForm(@PathVariable UUID id, Locale locale, Model model) {
        CommunityViews.Community community = directory.get(id, locale.getLanguage());
        Phase current = community.currentPhase();
        Phase next = current == null ? Phase.ENTRY : current.following();
        var form = new PhaseForm(next == null ? null : next.name(), LocalDate.now(), null, null);
        return form(community, form, Map.of(), model);
    }

    @PostMapping("/communities/{id}/phases")
    String processPhaseForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PhaseForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    phases.record(id, form.input());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/communities/" + id;
                },
                errors -> form(directory.get(id, locale.getLanguage()), form, errors, model));
    }

    private String form(CommunityViews.Community community, PhaseForm form, Map<String, String> errors, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("history", phases.history(community.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("today", LocalDate.now());
        return FORM;
    }
}
