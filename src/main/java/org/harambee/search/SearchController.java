package org.harambee.search;

import java.util.Map;
import org.harambee.system.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page, where the header's box leads: the hits of every kind grouped with their counts, a few of each, or
 * all of one kind page by page.
 */
@Controller
class SearchController {

    static final String RESULTS = "search/results";

    /** Hits shown in each group when all kinds are shown; the link under a group shows all of its kind. */
    static final int GROUP_SIZE = 5;

    static final int PAGE_SIZE = 20;

    private final Searching searching;
    private final Forms forms;

    SearchController(Searching searching, Forms forms) {
        this.searching = searching;
        this.forms = forms;
    }

    @GetMapping("/search")
    String showResults(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Kind only = parse(kind);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", only);
        model.addAttribute("errors", Map.of());
        if (q == null || q.isBlank()) {
            return RESULTS;
        }
        return forms.submit(
                () -> {
                    model.addAttribute(
                            "answer",
                            searching.search(q, only, only == null ? 0 : page, only == null ? GROUP_SIZE : PAGE_SIZE));
                    return RESULTS;
                },
                errors -> {
                    model.addAttribute("errors", errors);
                    return RESULTS;
                });
    }

    private static Kind parse(String kind) {
        for (Kind k : Kind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }
}
