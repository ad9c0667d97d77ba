package org.harambee.communities.plans;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.harambee.communities.internal.Choices;
import org.harambee.communities.internal.RecordFilters;
import org.harambee.system.ExportFormat;
import org.harambee.system.Forms;
import org.harambee.system.OutsideAreaException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The harms selected and the actions of the action plans in the reader's area: pages with their filters, sort and
 * pages, and the same lists as files.
 */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class PlanListController {

    static final String HARMS = "plans/harm-list";
    static final String ACTIONS = "plans/action-list";
    static final int PAGE_SIZE = 50;
    static final List<String> STATUSES = List.of("PLANNED", "IN_PROGRESS", "DONE", "DROPPED");

    private final HarmSelectionLists harms;
    private final ActionLists actions;
    private final Choices choices;
    private final Forms forms;

    PlanListController(HarmSelectionLists harms, ActionLists actions, Choices choices, Forms forms) {
        this.harms = harms;
        this.actions = actions;
        this.choices = choices;
        this.forms = forms;
    }

    @GetMapping("/harm-selections")
    String showHarmSelections(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID community,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String harm,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        RecordFilters.Asked asked = new RecordFilters.Asked(unit, community, from, to, harm, sort);
        show(
                model,
                "selections",
                () -> harms.list(harms.filter(asked), Math.max(page, 0), PAGE_SIZE, locale.getLanguage()));
        model.addAttribute("harmChoices", choices.active(Choices.HARM, locale.getLanguage()));
        filters(model, asked, PlanListings.SELECTION_SORTS.keySet(), page);
        return HARMS;
    }

    @GetMapping(value = "/harm-selections", params = "format")
    void exportHarmSelections(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID community,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String harm,
            @RequestParam(required = false) String sort,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        ExportFormat kind = ExportFormat.parse(format);
        harms.write(harms.filter(new RecordFilters.Asked(unit, community, from, to, harm, sort)), kind, response);
    }

    @GetMapping("/action-plans")
    String showActions(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID community,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        RecordFilters.Asked asked = new RecordFilters.Asked(unit, community, from, to, status, sort);
        show(
                model,
                "actions",
                () -> actions.list(actions.filter(asked), Math.max(page, 0), PAGE_SIZE, locale.getLanguage()));
        model.addAttribute("statuses", STATUSES);
        filters(model, asked, PlanListings.ACTION_SORTS.keySet(), page);
        return ACTIONS;
    }

    @GetMapping(value = "/action-plans", params = "format")
    void exportActions(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID community,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        ExportFormat kind = ExportFormat.parse(format);
        actions.write(actions.filter(new RecordFilters.Asked(unit, community, from, to, status, sort)), kind, response);
    }

    /** The list's page, or the filters' problems beside their fields (a place outside the area among them). */
    private void show(Model model, String name, Supplier<Object> list) {
        try {
            forms.attempt(() -> model.addAttribute(name, list.get()), errors -> model.addAttribute("errors", errors));
        } catch (OutsideAreaException e) {
            model.addAttribute("errors", forms.errors(e, UnaryOperator.identity()));
        }
    }

    private static void filters(Model model, RecordFilters.Asked asked, Set<String> sorts, int page) {
        model.addAttribute("asked", asked);
        model.addAttribute("sorts", sorts.stream().sorted().toList());
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", PAGE_SIZE);
    }
}
