package org.harambee.referrals.servicepoints;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.referrals.ServiceCategory;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referral pathways over REST: read in your area (VIEW_PROGRAMME), routes set at its units (MANAGE_SERVICES). */
@RestController
@RequestMapping("/api/v1/pathways")
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Referral pathways", description = "Which service point receives referrals of each category from where")
class PathwayApiController {

    private final PathwayReading reading;
    private final PathwaySetting setting;
    private final EmergencyNumberSetting emergencyNumbers;

    PathwayApiController(PathwayReading reading, PathwaySetting setting, EmergencyNumberSetting emergencyNumbers) {
        this.reading = reading;
        this.setting = setting;
        this.emergencyNumbers = emergencyNumbers;
    }

    @GetMapping
    @Operation(
            summary = "The pathway of a unit (a P-code): routes set there and below, and the service point per"
                    + " category for the unit and for each unit below it")
    PathwayViews.Pathway pathway(@RequestParam String unit, Locale locale) {
        return reading.pathway(unit, locale.getLanguage());
    }

    @GetMapping("/resolve")
    @Operation(
            summary = "The service point a referral of a category from a unit would go to: the route at the deepest"
                    + " unit on its path whose service point is active (servicePoint null when none)")
    PathwayViews.Resolution resolve(@RequestParam String unit, @RequestParam String category, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        ServiceCategory wanted =
                ServicePointChecks.INPUTS.choice("category", category, ServiceCategory.class, problems);
        Inputs.refuseIfAny(problems);
        return reading.resolve(unit, wanted, locale.getLanguage());
    }

    @PostMapping("/routes")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    @Operation(
            summary = "Set (or replace) the route of a category at a unit: an active service point that serves the"
                    + " unit")
    PathwayViews.Route set(@RequestBody PathwayViews.RouteInput input, Locale locale) {
        return setting.set(input, locale.getLanguage());
    }

    @GetMapping("/emergency-numbers")
    @Operation(
            summary = "The emergency and child-helpline numbers of a unit: its own (null where it has none) and those"
                    + " that hold there (holding: each from the nearest unit above that has one)")
    EmergencyNumberSetting.Numbers emergencyNumbers(@RequestParam String unit, Locale locale) {
        return emergencyNumbers.read(unit, locale.getLanguage());
    }

    @PutMapping("/emergency-numbers")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    @Operation(
            summary = "Record a unit's emergency and child-helpline numbers (digits, spaces, hyphens, a leading +);"
                    + " a blank one is taken from the unit above again. 400 with the field for a malformed number")
    EmergencyNumberSetting.Numbers setEmergencyNumbers(
            @RequestParam String unit, @RequestBody EmergencyNumberSetting.NumbersInput input, Locale locale) {
        return emergencyNumbers.set(unit, input, locale.getLanguage());
    }

    @DeleteMapping("/routes/{id}")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    @Operation(summary = "Remove a route: referrals from its unit follow the route above it again")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        setting.remove(id);
        return ResponseEntity.noContent().build();
    }
}
