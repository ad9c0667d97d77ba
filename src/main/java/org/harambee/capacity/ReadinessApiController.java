package org.harambee.capacity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.capacity.internal.Places;
import org.harambee.geography.UnitView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The readiness of an area, its criteria and the government support recorded there, over REST. */
@RestController
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Readiness", description = "Readiness of an area: criteria, their evaluation, government support")
class ReadinessApiController {

    private final Readiness readiness;
    private final ReadinessCriteria criteria;
    private final GovernmentSupport support;
    private final ReadinessExplained explained;
    private final Places places;
    private final Scopes scopes;

    ReadinessApiController(
            Readiness readiness,
            ReadinessCriteria criteria,
            GovernmentSupport support,
            ReadinessExplained explained,
            Places places,
            Scopes scopes) {
        this.readiness = readiness;
        this.criteria = criteria;
        this.support = support;
        this.explained = explained;
        this.places = places;
        this.scopes = scopes;
    }

    @GetMapping("/api/v1/readiness/{pcode}")
    @Operation(
            summary = "Whether the area at this unit is ready, with each criterion: met, actual, required and the"
                    + " reason in your language")
    ReadinessExplained.Explained readiness(@PathVariable String pcode, Locale locale) {
        UnitView area = readable(pcode, locale);
        return explained.of(area, readiness.evaluate(area), locale);
    }

    @GetMapping("/api/v1/readiness-criteria/{pcode}")
    @Operation(summary = "The criteria that apply to the area at this unit, with their required values and where set")
    List<ReadinessCriteria.Setting> criteria(@PathVariable String pcode, Locale locale) {
        return criteria.of(readable(pcode, locale), locale.getLanguage());
    }

    @PutMapping("/api/v1/readiness-criteria/{pcode}")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    @Operation(
            summary = "Set criteria for the area at this unit and below (needs MANAGE_TRAININGS above it):"
                    + " {criteria:[{criterion, required, active}]}")
    List<ReadinessCriteria.Setting> setCriteria(
            @PathVariable String pcode, @RequestBody ReadinessCriteria.SettingsInput input, Locale locale) {
        return criteria.set(pcode, input, locale.getLanguage());
    }

    @GetMapping("/api/v1/readiness/{pcode}/government-support")
    @Operation(summary = "The government support recorded for the area at this unit and inside it, newest first")
    List<GovernmentSupport.Support> governmentSupport(@PathVariable String pcode, Locale locale) {
        return support.of(readable(pcode, locale), locale.getLanguage());
    }

    @PostMapping("/api/v1/government-support")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    @Operation(
            summary = "Record government support: unit (P-code), recordedOn (not in the future), organisationId (a"
                    + " government organisation), description")
    ResponseEntity<GovernmentSupport.Support> recordSupport(
            @RequestBody GovernmentSupport.SupportInput input, Locale locale) {
        return ResponseEntity.status(201).body(support.record(input, locale.getLanguage()));
    }

    private UnitView readable(String pcode, Locale locale) {
        UnitView area = places.get(pcode, locale.getLanguage());
        scopes.require(Permission.VIEW_PROGRAMME, area.path());
        return area;
    }
}
