package org.harambee.partners.stakeholders;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.partners.internal.PartnerPlaces;
import org.harambee.system.Forms;
import org.harambee.system.Inputs;
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

/** Stakeholder pages: those of an area, and the form to record or change one. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class StakeholderController {

    static final String LIST = "stakeholders/list";
    static final String FORM = "stakeholders/form";

    record Form(String name, String kind, String unit) {}

    private final StakeholderRegistering registry;
    private final PartnerPlaces places;
    private final Forms forms;

    StakeholderController(StakeholderRegistering registry, PartnerPlaces places, Forms forms) {
        this.registry = registry;
        this.places = places;
        this.forms = forms;
    }

    @GetMapping("/stakeholders")
    String showStakeholders(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        StakeholderKind chosen = Inputs.parse(StakeholderKind.class, kind);
        model.addAttribute("area", places.area(unit, locale.getLanguage()));
        model.addAttribute("stakeholders", registry.list(unit, chosen, null, page, 50, locale.getLanguage()));
        model.addAttribute("kind", chosen);
        model.addAttribute("kinds", StakeholderKind.values());
        return LIST;
    }

    @GetMapping("/stakeholders/new")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String initCreationForm(@RequestParam(required = false) String unit, Model model) {
        return form(new Form(null, null, unit), null, Map.of(), model);
    }

    @PostMapping("/stakeholders")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String processCreationForm(
            @Valid @ModelAttribute("form") Form form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    StakeholderRegistering.StakeholderView created = registry.create(
                            new StakeholderRegistering.StakeholderInput(form.name(), form.kind(), form.unit()),
                            locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/stakeholders?unit=" + created.unit().pcode();
                },
                errors -> form(form, null, errors, model));
    }

    @GetMapping("/stakeholders/{id}/edit")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String initUpdateForm(@PathVariable UUID id, Model model) {
        StakeholderRegistering.StakeholderView s = registry.editable(id);
        return form(new Form(s.name(), s.kind().name(), s.unit().pcode()), id, Map.of(), model);
    }

    @PostMapping("/stakeholders/{id}")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    String processUpdateForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") Form form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    StakeholderRegistering.StakeholderView saved =
                            registry.update(id, new StakeholderRegistering.StakeholderChange(form.name(), form.kind()));
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/stakeholders?unit=" + saved.unit().pcode();
                },
                errors -> form(form, id, errors, model));
    }

    private String form(Form form, UUID id, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", StakeholderKind.values());
        return FORM;
    }
}
