package org.harambee.geography;

import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** Browsing the hierarchy: countries, a unit with its breadcrumb, children (searchable, paged) and map. */
@Controller
class UnitController {

    static final String VIEW_LIST = "units/list";
    static final String VIEW_UNIT = "units/show";
    static final String FRAGMENT_CHILDREN = "units/children :: children";

    private final Geography geography;
    private final VisiblePlaces places;
    private final JsonMapper json;

    UnitController(Geography geography, VisiblePlaces places, JsonMapper json) {
        this.geography = geography;
        this.places = places;
        this.json = json;
    }

    @GetMapping("/units")
    String showCountries(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        model.addAttribute("children", places.list(new UnitQuery(null, null, q, page, 50), locale.getLanguage()));
        model.addAttribute("q", q);
        return htmx != null ? FRAGMENT_CHILDREN : VIEW_LIST;
    }

    @GetMapping("/units/{pcode}")
    String showUnit(
            @PathVariable String pcode,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Locale locale,
            Model model) {
        String language = locale.getLanguage();
        UnitView unit = places.get(pcode, language);
        model.addAttribute("unit", unit);
        model.addAttribute("children", places.list(new UnitQuery(unit.pcode(), null, q, page, 50), language));
        model.addAttribute("q", q);
        if (htmx != null) {
            return FRAGMENT_CHILDREN;
        }
        List<UnitRef> ancestors = geography.ancestors(unit, language);
        model.addAttribute("ancestors", ancestors);
        model.addAttribute("linkable", places.linkableAncestors(unit, ancestors));
        model.addAttribute("history", geography.history(unit));
        if (unit.level() == 0) {
            model.addAttribute("country", geography.country(unit.pcode(), language));
        }
        return VIEW_UNIT;
    }

    @GetMapping(value = "/units/{pcode}/map.json")
    ResponseEntity<String> showMap(@PathVariable String pcode, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("application/geo+json"))
                .body(UnitApiController.boundaryJson(geography, places, json, pcode, locale));
    }
}
