package org.harambee.geography;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The administrative hierarchy over REST. Names come in the language of Accept-Language or {@code ?lang=}. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Geography", description = "Countries, administrative levels and units")
class UnitApiController {

    private final Geography geography;
    private final VisiblePlaces places;
    private final JsonMapper json;

    UnitApiController(Geography geography, VisiblePlaces places, JsonMapper json) {
        this.geography = geography;
        this.places = places;
        this.json = json;
    }

    @GetMapping
    @Operation(
            summary =
                    "List units inside your scope: children of a parent (without one, the countries, or the top units of"
                            + " your scope), a level of its subtree, or a search")
    UnitPage list(
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) Integer level,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        return places.list(new UnitQuery(parent, level, q, page, size), locale.getLanguage());
    }

    @GetMapping("/{pcode}")
    @Operation(summary = "One unit with its ancestors")
    UnitDetail show(@PathVariable String pcode, Locale locale) {
        UnitView unit = places.get(pcode, locale.getLanguage());
        return new UnitDetail(unit, geography.ancestors(unit, locale.getLanguage()));
    }

    @GetMapping("/{pcode}/history")
    @Operation(summary = "What boundary re-imports changed of the unit (moves, renames), newest first")
    List<UnitChange> history(@PathVariable String pcode, Locale locale) {
        return geography.history(places.get(pcode, locale.getLanguage()));
    }

    @GetMapping(value = "/{pcode}/boundaries", produces = "application/geo+json")
    @Operation(
            summary = "The unit's outline and its children's boundaries as a GeoJSON FeatureCollection, simplified for"
                    + " maps; with detail=full, the unit's own outline as imported, every vertex kept")
    String boundaries(@PathVariable String pcode, @RequestParam(defaultValue = "map") String detail, Locale locale) {
        if (detail.equals("full")) {
            UnitView unit = places.get(pcode, locale.getLanguage());
            return BoundaryGeoJson.of(unit, geography.fullBoundary(unit).orElse(null), List.of(), json);
        }
        return boundaryJson(geography, places, json, pcode, locale);
    }

    static String boundaryJson(
            Geography geography, VisiblePlaces places, JsonMapper json, String pcode, Locale locale) {
        UnitView unit = places.get(pcode, locale.getLanguage());
        return BoundaryGeoJson.of(
                unit,
                geography.boundary(unit).orElse(null),
                geography.childBoundaries(unit, locale.getLanguage()),
                json);
    }
}
