package org.harambee.scaleup.plans;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.access.UnitPaths;
import org.harambee.system.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Plan pages: the list, the form, a plan with its phases, their gates and lessons, and the forms on it. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class ScaleUpPlanController {

    static final String LIST = "scaleup/plans";
    static final String FORM = "scaleup/plan-form";
    static final String SHOW = "scaleup/plan";

    private final PlanReading reading;
    private final Planning planning;
    private final PhaseWork work;
    private final Scopes scopes;
    private final Forms forms;

    ScaleUpPlanController(PlanReading reading, Planning planning, PhaseWork work, Scopes scopes, Forms forms) {
        this.reading = reading;
        this.planning = planning;
        this.work = work;
        this.scopes = scopes;
        this.forms = forms;
    }

    @GetMapping("/scale-up")
    String showPlans(@RequestParam(required = false) String unit, Locale locale, Model model) {
        forms.attempt(() -> model.addAttribute("plans", reading.list(unit, locale.getLanguage())), errors -> {
            model.addAttribute("plans", List.of());
            model.addAttribute("errors", errors);
        });
        model.addAttribute("unit", unit);
        return LIST;
    }

    @GetMapping("/scale-up/plans/new")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    String initCreationForm(Model model) {
        return form(new Planning.PlanInput(null, "DISTRICT", null, 1), Map.of(), model);
    }

    @PostMapping("/scale-up/plans")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    String processCreationForm(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String goalLevel,
            @RequestParam(required = false) String goalUnit,
            @RequestParam(required = false) Integer agreementsRequired,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var input = new Planning.PlanInput(name, goalLevel, goalUnit, agreementsRequired);
        return forms.submit(
                () -> {
                    UUID id = planning.create(input);
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/scale-up/plans/" + id;
                },
                errors -> form(input, errors, model));
    }

    @GetMapping("/scale-up/plans/{id}")
    String showPlan(@PathVariable UUID id, Locale locale, Model model) {
        if (!model.containsAttribute("phaseForm")) {
            model.addAttribute("phaseForm", new Planning.PhaseInput(null, null, null, List.of()));
            model.addAttribute("phaseErrors", Map.of());
        }
        if (!model.containsAttribute("phaseProblems")) {
            model.addAttribute("phaseProblems", Map.of());
        }
        PlanViews.Plan plan = reading.get(id, locale.getLanguage());
        model.addAttribute("plan", plan);
        model.addAttribute(
                "gates",
                reading.gates(id, locale.getLanguage()).stream()
                        .collect(Collectors.toMap(PlanViews.Gate::phaseId, Function.identity())));
        String unitPath = reading.row(id).unitPath();
        model.addAttribute("canPlan", scopes.permits(Permission.PLAN_SCALE_UP, unitPath));
        // starting a phase whose gate fails is refused below the national level: no form that will be refused
        model.addAttribute("canOverrideGate", scopes.permits(Permission.PLAN_SCALE_UP, UnitPaths.country(unitPath)));
        return SHOW;
    }

    @PostMapping("/scale-up/plans/{id}/phases")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    String processPhaseForm(
            @PathVariable UUID id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String endsOn,
            @RequestParam(required = false) String units,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        List<String> codes = units == null
                ? List.of()
                : Arrays.stream(units.split("[\\s,;]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
        var input = new Planning.PhaseInput(name, startsOn, endsOn, codes);
        return forms.submit(
                () -> {
                    planning.addPhase(id, input);
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/scale-up/plans/" + id;
                },
                errors -> {
                    model.addAttribute("phaseForm", input);
                    model.addAttribute(
                            "phaseErrors",
                            errors.entrySet().stream()
                                    .collect(Collectors.toMap(
                                            en -> en.getKey().startsWith("units") ? "units" : en.getKey(),
                                            Map.Entry::getValue,
                                            (a, b) -> a)));
                    return showPlan(id, locale, model);
                });
    }

    @PostMapping("/scale-up/phases/{id}/start")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    String processStart(
            @PathVariable UUID id,
            @RequestParam(required = false) String startedOn,
            @RequestParam(required = false) String overrideReason,
            @RequestParam UUID plan,
            Locale locale,
            RedirectAttributes redirect) {
        forms.attempt(
                () -> {
                    work.start(id, new PhaseWork.StartInput(startedOn, overrideReason));
                    redirect.addFlashAttribute("saved", true);
                },
                errors -> redirect.addFlashAttribute("phaseProblems", Map.of(id, errors)));
        return "redirect:/scale-up/plans/" + plan;
    }

    @PostMapping("/scale-up/phases/{id}/lessons")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    String processLesson(
            @PathVariable UUID id,
            @RequestParam(required = false) String text,
            @RequestParam UUID plan,
            Locale locale,
            RedirectAttributes redirect) {
        forms.attempt(
                () -> {
                    work.recordLesson(id, new PhaseWork.LessonInput(text));
                    redirect.addFlashAttribute("saved", true);
                },
                errors -> redirect.addFlashAttribute("phaseProblems", Map.of(id, errors)));
        return "redirect:/scale-up/plans/" + plan;
    }

    @PostMapping("/scale-up/lessons/{id}/review")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    String processReview(@PathVariable UUID id, RedirectAttributes redirect) {
        UUID plan = work.review(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/scale-up/plans/" + plan;
    }

    private String form(Planning.PlanInput input, Map<String, String> errors, Model model) {
        model.addAttribute("form", input);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", GoalLevel.values());
        return FORM;
    }
}
