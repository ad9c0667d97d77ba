package org.harambee.capacity.facilitators;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.partners.Partners;
import org.harambee.system.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Facilitator pages: the list, the form, a facilitator with assignments and trainings, and the assignment form. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class FacilitatorController {

    static final String LIST = "facilitators/list";
    static final String FORM = "facilitators/form";
    static final String SHOW = "facilitators/show";

    private final Facilitators facilitators;
    private final FacilitatorReading reading;
    private final Assignments assignments;
    private final Partners partners;
    private final Communities communities;
    private final Scopes scopes;
    private final Forms forms;

    FacilitatorController(
            Facilitators facilitators,
            FacilitatorReading reading,
            Assignments assignments,
            Partners partners,
            Communities communities,
            Scopes scopes,
            Forms forms) {
        this.facilitators = facilitators;
        this.reading = reading;
        this.assignments = assignments;
        this.partners = partners;
        this.communities = communities;
        this.scopes = scopes;
        this.forms = forms;
    }

    @GetMapping("/facilitators")
    String showFacilitators(@RequestParam(required = false) String unit, Locale locale, Model model) {
        model.addAttribute("facilitators", reading.list(unit, 0, 500, locale.getLanguage()));
        model.addAttribute("unit", unit);
        model.addAttribute("canRecord", !scopes.of(Permission.MANAGE_TRAININGS).isEmpty());
        return LIST;
    }

    @GetMapping("/facilitators/new")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String initCreationForm(@RequestParam(required = false) String unit, Model model) {
        return form(new Facilitators.FacilitatorInput(null, null, true, null, null, null, unit, true), Map.of(), model);
    }

    @PostMapping("/facilitators")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String processCreationForm(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String sex,
            @RequestParam(required = false) String insideCommunity,
            @RequestParam(required = false) String organisationId,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String unit,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Facilitators.FacilitatorInput input = new Facilitators.FacilitatorInput(
                name,
                sex,
                insideCommunity == null ? null : Boolean.valueOf(insideCommunity),
                organisationId,
                username,
                phone,
                unit,
                true);
        return forms.submit(
                () -> {
                    FacilitatorViews.Facilitator created = facilitators.create(input, locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/facilitators/" + created.id();
                },
                errors -> form(input, errors, model));
    }

    @GetMapping("/facilitators/{id}")
    String showFacilitator(@PathVariable UUID id, Locale locale, Model model) {
        return show(id, Map.of(), null, locale, model);
    }

    @PostMapping("/facilitators/{id}/assignments")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String processAssignmentForm(
            @PathVariable UUID id,
            @RequestParam(required = false) String communityId,
            @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String endsOn,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Assignments.AssignmentInput input = new Assignments.AssignmentInput(communityId, startsOn, endsOn);
        return forms.submit(
                () -> {
                    assignments.assign(id, input, locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/facilitators/" + id;
                },
                errors -> show(id, errors, input, locale, model));
    }

    @PostMapping("/assignments/{assignment}/end")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String processEndForm(
            @PathVariable UUID assignment,
            @RequestParam(required = false) String endsOn,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                () -> {
                    FacilitatorViews.Facilitator facilitator =
                            assignments.end(assignment, new Assignments.EndInput(endsOn), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/facilitators/" + facilitator.id();
                },
                errors -> {
                    return show(
                            assignments.facilitatorOf(assignment),
                            Map.of("end-" + assignment, errors.get("endsOn")),
                            null,
                            locale,
                            model);
                });
    }

    private String show(
            UUID id, Map<String, String> errors, Assignments.AssignmentInput typed, Locale locale, Model model) {
        FacilitatorViews.Facilitator facilitator = reading.get(id, locale.getLanguage());
        model.addAttribute("facilitator", facilitator);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "assignment",
                typed == null
                        ? new Assignments.AssignmentInput(null, LocalDate.now().toString(), null)
                        : typed);
        boolean canEdit = facilitators.canEdit(id);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute(
                "communities", canEdit ? communities.within(scopes.of(Permission.MANAGE_TRAININGS), null) : List.of());
        return SHOW;
    }

    private String form(Facilitators.FacilitatorInput form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", partners.activeOrganisations());
        return FORM;
    }
}
