package org.harambee.geography.picking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.harambee.system.ResultPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The place picker over REST, for clients that ask a place by name. */
@RestController
@RequestMapping("/api/v1/places")
@Tag(name = "Geography", description = "Countries, administrative levels and units")
@PreAuthorize("hasAuthority('VIEW_PLACES')")
class PlaceApiController {

    private final PlacePicking picking;

    PlaceApiController(PlacePicking picking) {
        this.picking = picking;
    }

    @GetMapping
    @Operation(
            summary = "Places to pick inside your scope whose P-code or name (in any language, accents and case"
                    + " folded) starts with q, the P-code typed in full first, each with its parents; need names the"
                    + " permission whose scope applies (VIEW_PLACES when absent); at most 50 a page")
    ResultPage<PlaceCandidate> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String need,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        return picking.find(q, PlacePicking.permission(need), page, size, locale.getLanguage());
    }
}
