package org.harambee.geography.picking;

import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The picker's one endpoint for pages. With htmx, the candidates for the text typed in a field, as a fragment of
 * buttons. Without JavaScript, the picker's "Find" button sends the whole form here by GET: a page lists the
 * candidates as links back to the form, each carrying every other field as typed and the picked P-code.
 */
@Controller
@PreAuthorize("hasAuthority('VIEW_PLACES')")
class PlacePickController {

    static final String PAGE = "places/pick";
    static final String CANDIDATES = "places/pick :: candidates";

    private final PlacePicking picking;

    PlacePickController(PlacePicking picking) {
        this.picking = picking;
    }

    @GetMapping("/places/pick")
    String showCandidates(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        PickRequest pick = PickRequest.of(params);
        model.addAttribute("pick", pick);
        model.addAttribute(
                "candidates",
                picking.find(
                        pick.typed(),
                        PlacePicking.permission(pick.need()),
                        htmx != null ? 0 : page,
                        htmx != null ? 10 : 20,
                        locale.getLanguage()));
        model.addAttribute("carried", htmx != null ? List.of() : pick.carried());
        return htmx != null ? CANDIDATES : PAGE;
    }
}
