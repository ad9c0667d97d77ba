package org.harambee.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search box as a resource. */
@RestController
@Tag(name = "Search", description = "Records found by any word of their name, within your area and permissions")
class SearchApiController {

    private final Searching searching;

    SearchApiController(Searching searching) {
        this.searching = searching;
    }

    @GetMapping("/api/v1/search")
    @Operation(
            summary = "Find records by the start of any word of their name (a referral by the start of its reference),"
                    + " accents and case ignored, within your area and permissions: one group for each kind, or only"
                    + " the kind asked for, each a page of hits (page and size page each group). A query shorter than"
                    + " 2 or longer than 100 characters is refused with a problem detail.")
    SearchAnswer search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Kind kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return searching.search(q, kind, page, size);
    }
}
