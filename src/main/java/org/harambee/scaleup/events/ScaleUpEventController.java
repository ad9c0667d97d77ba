package org.harambee.scaleup.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.scaleup.ScaleUpKind;
import org.harambee.system.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of scale-up events: the list with its filters, and the form to record one. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class ScaleUpEventController {

    static final String LIST = "scaleup/events";

    private final ScaleUpEvents events;
    private final Forms forms;

    ScaleUpEventController(ScaleUpEvents events, Forms forms) {
        this.events = events;
        this.forms = forms;
    }

    @GetMapping("/scale-up/events")
    String showEvents(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String kind,
            Locale locale,
            Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new ScaleUpEvents.EventInput(null, unit, LocalDate.now().toString(), null));
            model.addAttribute("errors", Map.of());
        }
        forms.attempt(() -> model.addAttribute("events", events.list(unit, kind, locale.getLanguage())), errors -> {
            model.addAttribute("events", List.of());
            model.addAttribute("filterErrors", errors);
        });
        model.addAttribute("unit", unit);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ScaleUpKind.values());
        return LIST;
    }

    @PostMapping("/scale-up/events")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    String processEventForm(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String occurredOn,
            @RequestParam(required = false) String description,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var input = new ScaleUpEvents.EventInput(kind, unit, occurredOn, description);
        return forms.submit(
                () -> {
                    events.record(input);
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/scale-up/events";
                },
                errors -> {
                    model.addAttribute("form", input);
                    model.addAttribute("errors", errors);
                    return showEvents(null, null, locale, model);
                });
    }
}
