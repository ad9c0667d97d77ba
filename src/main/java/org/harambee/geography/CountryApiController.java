package org.harambee.geography;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Countries and the names of their administrative levels; administrators rename levels. */
@RestController
@RequestMapping("/api/v1/countries")
@Tag(name = "Geography")
class CountryApiController {

    /** The body of a rename: the levels to rename, each with its names by language. */
    record LevelsRequest(@NotEmpty List<@Valid LevelNames> levels) {}

    private final Geography geography;
    private final VisiblePlaces places;

    CountryApiController(Geography geography, VisiblePlaces places) {
        this.geography = geography;
        this.places = places;
    }

    @GetMapping
    @Operation(summary = "The countries where your scope holds some unit, with the names of their levels")
    List<CountryView> list(Locale locale) {
        return places.countries(locale.getLanguage());
    }

    @GetMapping("/{pcode}")
    @Operation(summary = "One country with the names of its levels")
    CountryView show(@PathVariable String pcode, Locale locale) {
        return places.country(pcode, locale.getLanguage());
    }

    @PutMapping("/{pcode}/levels")
    @Operation(summary = "Rename levels of a country (administrators); levels not named keep their names")
    CountryView rename(@PathVariable String pcode, @Valid @RequestBody LevelsRequest request) {
        return geography.renameLevels(pcode, request.levels());
    }
}
