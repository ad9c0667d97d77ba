package org.harambee.communities.plans;

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
import org.springframework.web.bind.annotation.GetMapping;
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
        var form = new HarmSelections.HarmInput(null, LocalDate.now().toString(), List.of(), null);
        return harmForm(id, form, Map.of(), locale, model);
    }

    @PostMapping("/communities/{id}/harms")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String processHarmForm(
            @PathVariable UUID id,
            @RequestParam(required = false) String harm,
            @RequestParam(required = false) String selectedOn,
            @RequestParam(required = false) List<String> groupsConsulted,
            @RequestParam(required = false) String note,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var form = new HarmSelections.HarmInput(
                harm, selectedOn, groupsConsulted == null ? List.of() : groupsConsulted, note);
        return forms.submit(
                () -> {
                    harms.record(id, form, locale.getLanguage());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/communities/" + id;
                },
                errors -> harmForm(id, form, errors, locale, model));
    }

    @GetMapping("/communities/{id}/plans/new")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String showPlanForm(@PathVariable UUID id, Locale locale, Model model) {
        var form = new ActionPlans.PlanInput(null, null, LocalDate.now().toString(), null);
        return planForm(id, form, Map.of(), locale, model);
    }

    @PostMapping("/communities/{id}/plans")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String processPlanForm(
            @PathVariable UUID id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String harm,
            @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String endsOn,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var form = new ActionPlans.PlanInput(title, harm, startsOn, endsOn);
        return forms.submit(
                () -> {
                    UUID plan = plans.create(id, form, locale.getLanguage()).id();
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/plans/" + plan;
                },
                errors -> planForm(id, form, errors, locale, model));
    }

    @GetMapping("/plans/{id}")
    String showPlan(@PathVariable UUID id, Locale locale, Model model) {
        return plan(id, new ActionPlans.ActionInput(null, null, "PLANNED", null, null), null, Map.of(), locale, model);
    }

    /** Adds an action ({@code actionId} empty) or changes one; the page shows the problems beside that action. */
    @PostMapping("/plans/{id}/actions")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    String processAction(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID actionId,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String dueOn,
            @RequestParam(required = false) String doneOn,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var form = new ActionPlans.ActionInput(description, owner, status, dueOn, doneOn);
        return forms.submit(
                () -> {
                    if (actionId == null) {
                        plans.add(id, form);
                    } else {
                        plans.update(actionId, form);
                    }
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/plans/" + id;
                },
                errors -> plan(id, form, actionId, errors, locale, model));
    }

    private String plan(
            UUID id,
            ActionPlans.ActionInput form,
            UUID actionId,
            Map<String, String> errors,
            Locale locale,
            Model model) {
        model.addAttribute("plan", plans.get(id, locale.getLanguage()));
        model.addAttribute("canManage", plans.manages(id));
        model.addAttribute("form", form);
        model.addAttribute("actionId", actionId);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", List.of("PLANNED", "IN_PROGRESS", "DONE", "DROPPED"));
        model.addAttribute("today", LocalDate.now());
        return PLAN;
    }

    private String harmForm(
            UUID id, HarmSelections.HarmInput form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("community", plans.manageable(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("harmChoices", choices.active(Choices.HARM, locale.getLanguage()));
        model.addAttribute("groups", HarmSelections.GROUPS);
        model.addAttribute("today", LocalDate.now());
        return HARM_FORM;
    }

    private String planForm(
            UUID id, ActionPlans.PlanInput form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("community", plans.manageable(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("selected", harms.of(id, locale.getLanguage()));
        return PLAN_FORM;
    }
}
