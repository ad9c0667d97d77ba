package org.harambee.scaleup.rollouts;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.scaleup.internal.ScaleUpPlaces;
import org.harambee.system.Forms;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
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

/** Rollout pages: the list, the form with clusters to tick, and a rollout with its stepped-wedge grid. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class RolloutController {

    static final String LIST = "scaleup/rollouts";
    static final String FORM = "scaleup/rollout-form";
    static final String SHOW = "scaleup/rollout";

    /**
     * A rollout as entered: the clusters ticked for the draw and as comparison, the counts from number boxes, the first
     * crossover as a date.
     */
    record RolloutForm(
            String name,
            String unit,
            List<UUID> clusterIds,
            List<UUID> comparisonIds,
            Integer waves,
            @DateTimeFormat(iso = ISO.DATE) LocalDate firstCrossover,
            Integer periodMonths,
            Boolean stratifyByDistrict) {

        RolloutForm {
            clusterIds = clusterIds == null ? List.of() : clusterIds;
            comparisonIds = comparisonIds == null ? List.of() : comparisonIds;
        }

        Rollouts.RolloutInput input() {
            return new Rollouts.RolloutInput(
                    name,
                    unit,
                    null,
                    clusterIds,
                    comparisonIds,
                    waves,
                    firstCrossover == null ? null : firstCrossover.toString(),
                    periodMonths,
                    stratifyByDistrict);
        }
    }

    private final RolloutReading reading;
    private final Rollouts rollouts;
    private final RolloutDrawing drawing;
    private final ScaleUpPlaces places;
    private final Scopes scopes;
    private final Forms forms;

    RolloutController(
            RolloutReading reading,
            Rollouts rollouts,
            RolloutDrawing drawing,
            ScaleUpPlaces places,
            Scopes scopes,
            Forms forms) {
        this.reading = reading;
        this.rollouts = rollouts;
        this.drawing = drawing;
        this.places = places;
        this.scopes = scopes;
        this.forms = forms;
    }

    @GetMapping("/rollouts")
    String showRollouts(@RequestParam(required = false) String unit, Locale locale, Model model) {
        forms.attempt(() -> model.addAttribute("rollouts", reading.list(unit, locale.getLanguage())), errors -> {
            model.addAttribute("rollouts", List.of());
            model.addAttribute("errors", errors);
        });
        model.addAttribute("unit", unit);
        return LIST;
    }

    @GetMapping("/rollouts/new")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    String initCreationForm(@RequestParam(required = false) String unit, Locale locale, Model model) {
        var form = new RolloutForm(null, unit, List.of(), List.of(), 3, null, 3, false);
        return form(form, Map.of(), locale, model);
    }

    @PostMapping("/rollouts")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    String processCreationForm(
            @Valid @ModelAttribute("form") RolloutForm form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    UUID id = rollouts.create(form.input());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/rollouts/" + id;
                },
                RolloutController::field,
                errors -> form(form, errors, locale, model));
    }

    @GetMapping("/rollouts/{id}")
    String showRollout(@PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("rollout", reading.get(id, locale.getLanguage()));
        model.addAttribute("grid", reading.grid(id));
        model.addAttribute(
                "canPlan",
                scopes.permits(Permission.PLAN_SCALE_UP, reading.row(id).unitPath()));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        return SHOW;
    }

    @PostMapping("/rollouts/{id}/randomise")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    String processDraw(
            @PathVariable UUID id,
            @RequestParam(required = false) String seed,
            Locale locale,
            RedirectAttributes redirect) {
        forms.attempt(
                () -> {
                    drawing.draw(id, new RolloutDrawing.DrawInput(seed(seed)));
                    redirect.addFlashAttribute("saved", true);
                },
                errors -> redirect.addFlashAttribute("problems", Map.of("draw", errors)));
        return "redirect:/rollouts/" + id;
    }

    @PostMapping("/rollouts/assignments/{id}")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    String processAssign(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer wave,
            @RequestParam UUID rollout,
            Locale locale,
            RedirectAttributes redirect) {
        forms.attempt(
                () -> {
                    rollouts.assign(id, new Rollouts.AssignInput(wave));
                    redirect.addFlashAttribute("saved", true);
                },
                errors -> redirect.addFlashAttribute("problems", Map.of(id.toString(), errors)));
        return "redirect:/rollouts/" + rollout;
    }

    private static Long seed(String seed) {
        String text = Inputs.trimmed(seed);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(new FieldProblem("seed", "scaleup.rollout.seed.invalid")));
        }
    }

    private String form(RolloutForm form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        String area = null;
        try {
            area = places.area("unit", form.unit(), scopes.of(Permission.PLAN_SCALE_UP));
        } catch (InvalidInputException e) {
            // the unknown P-code is reported by the form's own check
        }
        model.addAttribute("candidates", area == null ? List.of() : reading.candidates(area));
        return FORM;
    }

    /** A cluster's problem is shown above the list of clusters. */
    private static String field(String field) {
        return field.startsWith("clusterIds") ? "clusterIds" : field;
    }
}
