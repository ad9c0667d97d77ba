package org.harambee.communities.plans;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.communities.internal.Choices;
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

/** Pages to record a harm selection, start an action plan, and follow a plan's actions. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class PlanController {

    static final String HARM_FORM = "plans/harm";
    static final String PLAN_FORM = "plans/form";
    static final String PLAN = "plans/show";

    private final HarmSelections harms;
    private final ActionPlans plans;
    private final Choices choices;
    private final Forms forms;

    PlanController(HarmSelections harms, ActionPlans plans, Choices choices, Forms forms) {
        this.harms = harms;
        this.plans = plans;
        this.choices = choices;
        this.forms = forms;
    }

    @GetMapping("/communities/{id}/harms/new")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String showHarmForm(@PathVariable UUID id, Locale locale, Model model) {
        var form = new HarmForm(null, LocalDate.now(), List.of(), null);
        return harmForm(id, form, Map.of(), locale, model);
    }

    @PostMapping("/communities/{id}/harms")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String processHarmForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") HarmForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    harms.record(id, form.input(), locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/communities/" + id;
                },
                errors -> harmForm(id, form, errors, locale, model));
    }

    @GetMapping("/communities/{id}/plans/new")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String showPlanForm(@PathVariable UUID id, Locale locale, Model model) {
        var form = new PlanForm(null, null, LocalDate.now(), null);
        return planForm(id, form, Map.of(), locale, model);
    }

    @PostMapping("/communities/{id}/plans")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String processPlanForm(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    UUID plan =
                            plans.create(id, form.input(), locale.getLanguage()).id();
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/plans/" + plan;
                },
                errors -> planForm(id, form, errors, locale, model));
    }

    @GetMapping("/plans/{id}")
    String showPlan(@PathVariable UUID id, Locale locale, Model model) {
        return plan(id, new ActionForm(null, null, "PLANNED", null, null), null, Map.of(), locale, model);
    }

    /**
     * Adds an action ({@code actionId} empty) or changes one; the page shows the problems beside that action. The
     * action's id is a hidden field, read as before: one that is no id is a bad request, not a message to show.
     */
    @PostMapping("/plans/{id}/actions")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String processAction(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID actionId,
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    if (actionId == null) {
                        plans.add(id, form.input());
                    } else {
                        plans.update(actionId, form.input());
                    }
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/plans/" + id;
                },
                errors -> plan(id, form, actionId, errors, locale, model));
    }

    private String plan(
            UUID id, ActionForm form, UUID actionId, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("plan", plans.get(id, locale.getLanguage()));
        model.addAttribute("canManage", plans.manages(id));
        model.addAttribute("form", form);
        model.addAttribute("actionId", actionId);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", List.of("PLANNED", "IN_PROGRESS", "DONE", "DROPPED"));
        model.addAttribute("today", LocalDate.now());
        return PLAN;
    }

    private String harmForm(UUID id, HarmForm form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("community", plans.manageable(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("harmChoices", choices.active(Choices.HARM, locale.getLanguage()));
        model.addAttribute("groups", HarmSelections.GROUPS);
        model.addAttribute("today", LocalDate.now());
        return HARM_FORM;
    }

    private String planForm(UUID id, PlanForm form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("community", plans.manageable(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("selected", harms.of(id, locale.getLanguage()));
        return PLAN_FORM;
    }
}
