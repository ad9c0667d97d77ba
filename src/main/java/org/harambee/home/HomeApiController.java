package org.harambee.home;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The home page as a resource: what waits for the caller, by role. */
@RestController
@Tag(name = "Home", description = "What waits for the signed-in user, one section for each role they hold")
class HomeApiController {

    private final HomeReading home;

    HomeApiController(HomeReading home) {
        this.home = home;
    }

    @GetMapping("/api/v1/home")
    @Operation(
            summary = "What waits for you: for each role you hold, counts with the page to act on each and the first"
                    + " records to act on, inside your area; and your unread notices")
    Home show(Locale locale) {
        return home.read(locale.getLanguage());
    }
}
