package org.harambee.scaleup.plans;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.access.UnitPaths;
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

/** Plan pages: the list, the form, a plan with its phases, their gates and lessons, and the forms on it. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class ScaleUpPlanController {

    static final String LIST = "scaleup/plans";
    static final String FORM = "scaleup/plan-form";
    static final String SHOW = "scaleup/plan";

    /** A plan as entered; the number of agreements comes from a number box, so it is read as a number. */
    record PlanForm(String name, String goalLevel, String goalUnit, Integer agreementsRequired) {

        Planning.PlanInput input() {
            return new Planning.PlanInput(name, goalLevel, goalUnit, agreementsRequired);
        }
    }

    /** A phase as entered: its dates, and its places as P-codes typed in one box, separated by commas or spaces. */
    record PhaseForm(
            String name,
            @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
            @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn,
            String units) {

        Planning.PhaseInput input() {
            List<String> codes = units == null
                    ? List.of()
                    : Arrays.stream(units.split("[\\s,;]+"))
                            .filter(s -> !s.isBlank())
                            .toList();
            return new Planning.PhaseInput(name, text(startsOn), text(endsOn), codes);
        }

        private static String text(LocalDate date) {
            return date == null ? null : date.toString();
        }
    }

    /** A problem of one of the phase's places is shown beside the box of places. */
    private static final UnaryOperator<String> PHASE_FIELD = field -> field.startsWith("units") ? "units" : field;

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
        return form(new PlanForm(null, "DISTRICT", null, 1), Map.of(), model);
    }

    @PostMapping("/scale-up/plans")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    String processCreationForm(
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    UUID id = planning.create(form.input());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/scale-up/plans/" + id;
                },
                errors -> form(form, errors, model));
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
            @Valid @ModelAttribute("phaseForm") PhaseForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    planning.addPhase(id, form.input());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/scale-up/plans/" + id;
                },
                PHASE_FIELD,
                errors -> {
                    // the page lists the places typed, as the service read them
                    model.addAttribute("phaseForm", form.input());
                    model.addAttribute("phaseErrors", errors);
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

    private String form(PlanForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", GoalLevel.values());
        return FORM;
    }
}
