package org.harambee.capacity.facilitators;

import jakarta.validation.Valid;
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

/** Facilitator pages: the list, the form, a facilitator with assignments and trainings, and the assignment form. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class FacilitatorController {

    static final String LIST = "facilitators/list";
    static final String FORM = "facilitators/form";
    static final String SHOW = "facilitators/show";

    /** An assignment to a community as entered: the community from the list, its first and (optional) last day. */
    record AssignmentForm(
            UUID communityId,
            @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
            @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn) {

        Assignments.AssignmentInput input() {
            return new Assignments.AssignmentInput(text(communityId), text(startsOn), text(endsOn));
        }
    }

    /** The last day of an assignment being ended. */
    record EndForm(@DateTimeFormat(iso = ISO.DATE) LocalDate endsOn) {

        Assignments.EndInput input() {
            return new Assignments.EndInput(text(endsOn));
        }
    }

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
        return form(FacilitatorForm.empty(unit), Map.of(), model);
    }

    @PostMapping("/facilitators")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String processCreationForm(
            @Valid @ModelAttribute("form") FacilitatorForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    FacilitatorViews.Facilitator created = facilitators.create(form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/facilitators/" + created.id();
                },
                errors -> form(form, errors, model));
    }

    @GetMapping("/facilitators/{id}")
    String showFacilitator(@PathVariable UUID id, Locale locale, Model model) {
        return show(id, Map.of(), null, locale, model);
    }

    @PostMapping("/facilitators/{id}/assignments")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String processAssignmentForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("assignment") AssignmentForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    assignments.assign(id, form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/facilitators/" + id;
                },
                errors -> show(id, errors, form, locale, model));
    }

    @PostMapping("/assignments/{assignment}/end")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    String processEndForm(
            @PathVariable UUID assignment,
            @Valid @ModelAttribute("end") EndForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    FacilitatorViews.Facilitator facilitator =
                            assignments.end(assignment, form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/facilitators/" + facilitator.id();
                },
                field -> "end-" + assignment,
                errors -> show(assignments.facilitatorOf(assignment), errors, null, locale, model));
    }

    private String show(UUID id, Map<String, String> errors, AssignmentForm typed, Locale locale, Model model) {
        FacilitatorViews.Facilitator facilitator = reading.get(id, locale.getLanguage());
        model.addAttribute("facilitator", facilitator);
        model.addAttribute("errors", errors);
        model.addAttribute("assignment", typed == null ? new AssignmentForm(null, LocalDate.now(), null) : typed);
        boolean canEdit = facilitators.canEdit(id);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute(
                "communities", canEdit ? communities.within(scopes.of(Permission.MANAGE_TRAININGS), null) : List.of());
        return SHOW;
    }

    private String form(FacilitatorForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", partners.activeOrganisations());
        return FORM;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
