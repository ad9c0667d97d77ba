package org.harambee.scaleup.events;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.scaleup.ScaleUpKind;
import org.harambee.system.Forms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of scale-up events: the list with its filters, and the form to record one. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class ScaleUpEventController {

    static final String LIST = "scaleup/events";

    /** A scale-up event as entered: its kind from the list, the place, the day it happened and what happened. */
    record Form(
            String kind,
            String unit,
            @DateTimeFormat(iso = ISO.DATE) LocalDate occurredOn,
            String description) {

        ScaleUpEvents.EventInput input() {
            return new ScaleUpEvents.EventInput(
                    kind, unit, occurredOn == null ? null : occurredOn.toString(), description);
        }
    }

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
            model.addAttribute("form", new Form(null, unit, LocalDate.now(), null));
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
            @Valid @ModelAttribute("form") Form form,
            BindingResult binding,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        return forms.submit(
                binding,
                () -> {
                    events.record(form.input());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/scale-up/events";
                },
                errors -> {
                    model.addAttribute("form", form);
                    model.addAttribute("errors", errors);
                    return showEvents(null, null, locale, model);
                });
    }
}
