package org.harambee.geography.picking;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The picker's one endpoint for pages. With htmx, the candidates for the text typed in a field, as a fragment of
 * buttons. Without JavaScript, the picker's "Find" button sends the whole form here, by the form's own method: a page
 * lists the candidates as links back to the form, each carrying every other field as typed (a filter's by GET) or the
 * key of the fields kept in the session (a record's form, by POST) and the picked P-code.
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
        return candidates(PickRequest.of(params), page, htmx != null, locale, model);
    }

    /**
     * Without JavaScript, a form that is sent by POST (a record's form, with what a person typed: names, phone numbers)
     * comes here by POST too, so that neither its fields nor its CSRF token travel in an address: the fields are kept
     * in the session ({@link KeptFields}) and the links back carry only their key.
     */
    @PostMapping("/places/pick")
    String keepAndShowCandidates(
            @RequestParam MultiValueMap<String, String> params, HttpSession session, Locale locale, Model model) {
        return candidates(PickRequest.of(KeptFields.keep(params, session)), 0, false, locale, model);
    }

    private String candidates(PickRequest pick, int page, boolean htmx, Locale locale, Model model) {
        model.addAttribute("pick", pick);
        model.addAttribute(
                "candidates",
                picking.find(
                        pick.typed(),
                        PlacePicking.permission(pick.need()),
                        htmx ? 0 : page,
                        htmx ? 10 : 20,
                        locale.getLanguage()));
        model.addAttribute("carried", htmx ? List.of() : pick.carried());
        return htmx ? CANDIDATES : PAGE;
    }
}
