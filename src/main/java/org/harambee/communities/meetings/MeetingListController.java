package org.harambee.communities.meetings;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
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

/** The meetings of the reader's area: a page with its filters, sort and pages, and the same list as a file. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class MeetingListController {

    static final String LIST = "meetings/list";
    static final int PAGE_SIZE = 50;

    private final MeetingLists lists;
    private final Choices choices;
    private final Forms forms;

    MeetingListController(MeetingLists lists, Choices choices, Forms forms) {
        this.lists = lists;
        this.choices = choices;
        this.forms = forms;
    }

    @GetMapping("/meetings")
    String showMeetings(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID community,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        RecordFilters.Asked asked = new RecordFilters.Asked(unit, community, from, to, type, sort);
        try {
            forms.attempt(
                    () -> model.addAttribute(
                            "meetings",
                            lists.list(lists.filter(asked), Math.max(page, 0), PAGE_SIZE, locale.getLanguage())),
                    errors -> model.addAttribute("errors", errors));
        } catch (OutsideAreaException e) {
            model.addAttribute("errors", forms.errors(e, UnaryOperator.identity()));
        }
        model.addAttribute("asked", asked);
        model.addAttribute("types", choices.active(Choices.MEETING_TYPE, locale.getLanguage()));
        model.addAttribute(
                "sorts", MeetingListings.SORTS.keySet().stream().sorted().toList());
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", PAGE_SIZE);
        return LIST;
    }

    /** The list as a file (CSV or XLSX): the same filters and sort, every row, streamed, on the list's route. */
    @GetMapping(value = "/meetings", params = "format")
    void exportMeetings(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID community,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String sort,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        ExportFormat kind = ExportFormat.parse(format);
        lists.write(lists.filter(new RecordFilters.Asked(unit, community, from, to, type, sort)), kind, response);
    }
}
