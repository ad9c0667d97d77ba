package org.harambee.partners.adoptions;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.partners.AdoptionStep;
import org.harambee.partners.internal.OrganisationChoice;
import org.harambee.partners.internal.PartnerOverview;
import org.harambee.partners.internal.PartnerPlaces;
import org.harambee.system.Forms;
import org.harambee.system.Inputs;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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

/** Adoption pages: the pipeline of an area with who is present but not adopting, an invitation, the next step. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class AdoptionController {

    static final String LIST = "adoptions/list";
    static final String FORM = "adoptions/form";
    static final String SHOW = "adoptions/show";

    /** The invitation as bound: the date read by the binding, the rest checked by {@link AdoptionPipeline}. */
    record Form(
            String organisationId,
            String unit,
            @DateTimeFormat(iso = ISO.DATE) LocalDate invitedOn) {

        AdoptionPipeline.AdoptionStart input() {
            return new AdoptionPipeline.AdoptionStart(Inputs.uuid(organisationId), unit, text(invitedOn));
        }
    }

    /** The next step of an adoption and the day it was taken. */
    record StepForm(
            String step, @DateTimeFormat(iso = ISO.DATE) LocalDate date) {

        AdoptionPipeline.StepInput input() {
            return new AdoptionPipeline.StepInput(step, text(date));
        }
    }

    private final AdoptionPipeline pipeline;
    private final PartnerOverview overview;
    private final PartnerPlaces places;
    private final OrganisationChoice organisations;
    private final Forms forms;

    AdoptionController(
            AdoptionPipeline pipeline,
            PartnerOverview overview,
            PartnerPlaces places,
            OrganisationChoice organisations,
            Forms forms) {
        this.pipeline = pipeline;
        this.overview = overview;
        this.places = places;
        this.organisations = organisations;
        this.forms = forms;
    }

    @ModelAttribute("ownOrganisation")
    UUID ownOrganisation() {
        return places.ownOrganisation();
    }

    @GetMapping("/adoptions")
    String showAdoptions(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String step,
            @RequestParam(required = false) String organisationId,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        AdoptionStep chosen = Inputs.parse(AdoptionStep.class, step);
        String language = locale.getLanguage();
        model.addAttribute("area", places.area(unit, language));
        model.addAttribute("adoptions", pipeline.list(unit, Inputs.uuid(organisationId), chosen, page, 50, language));
        model.addAttribute("notAdopting", overview.notAdopting(unit, language));
        model.addAttribute("step", chosen);
        model.addAttribute("organisationId", Inputs.uuid(organisationId));
        model.addAttribute("steps", AdoptionStep.values());
        return LIST;
    }

    @GetMapping("/adoptions/new")
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERS', 'MANAGE_OWN_ORGANISATION')")
    String initCreationForm(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String organisationId,
            Model model) {
        return form(new Form(organisationId, unit, LocalDate.now()), Map.of(), model);
    }

    @PostMapping("/adoptions")
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERS', 'MANAGE_OWN_ORGANISATION')")
    String processCreationForm(
            @Valid @ModelAttribute("form") Form form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    UUID id = pipeline.start(form.input(), locale.getLanguage()).id();
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/adoptions/" + id;
                },
                errors -> form(form, errors, model));
    }

    @GetMapping("/adoptions/{id}")
    String showAdoption(@PathVariable UUID id, Model model) {
        return show(pipeline.get(id), LocalDate.now().toString(), Map.of(), model);
    }

    @PostMapping("/adoptions/{id}/steps")
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERS', 'MANAGE_OWN_ORGANISATION')")
    String processStepForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") StepForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    pipeline.recordStep(id, form.input());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/adoptions/" + id;
                },
                errors -> show(pipeline.get(id), text(form.date()), errors, model));
    }

    private String show(AdoptionPipeline.AdoptionView adoption, String date, Map<String, String> errors, Model model) {
        model.addAttribute("adoption", adoption);
        model.addAttribute("steps", AdoptionStep.values());
        model.addAttribute("date", date);
        model.addAttribute("errors", errors);
        return SHOW;
    }

    private String form(Form form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", places.writable(organisations.all()));
        return FORM;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
