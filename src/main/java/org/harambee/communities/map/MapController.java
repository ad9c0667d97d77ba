package org.harambee.communities.map;

import java.util.Locale;
import org.harambee.communities.Phase;
import org.harambee.communities.internal.CommunityDirectory;
import org.harambee.system.Forms;
import org.harambee.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The map of communities coloured by phase: the page with its legend, and the GeoJSON that the page's script draws. */
@Controller
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
class MapController {

    static final String MAP = "communities/map";

    private final CommunityMap map;
    private final CommunityDirectory directory;
    private final MessageSource messages;
    private final Forms forms;

    MapController(CommunityMap map, CommunityDirectory directory, MessageSource messages, Forms forms) {
        this.map = map;
        this.directory = directory;
        this.messages = messages;
        this.forms = forms;
    }

    @GetMapping("/communities/map")
    String showMap(@RequestParam(required = false) String unit, Locale locale, Model model) {
        forms.attempt(
                () -> {
                    CommunityMap.MapData data = map.of(directory.areaPath(unit), directory.scope(), locale);
                    model.addAttribute("drawn", data.drawn());
                    model.addAttribute("withoutBoundary", data.withoutBoundary());
                },
                errors -> model.addAttribute("errors", errors));
        model.addAttribute("unit", unit);
        model.addAttribute("phases", Phase.values());
        return MAP;
    }

    /** An unknown unit is answered 404 with problem details, as the script that asks expects of an error. */
    @GetMapping("/communities/map.json")
    ResponseEntity<?> showMapData(@RequestParam(required = false) String unit, Locale locale) {
        String areaPath;
        try {
            areaPath = directory.areaPath(unit);
        } catch (InvalidInputException unknownUnit) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.NOT_FOUND, messages.getMessage("problem.notFound", null, locale)));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("application/geo+json"))
                .body(map.of(areaPath, directory.scope(), locale).geoJson());
    }
}
