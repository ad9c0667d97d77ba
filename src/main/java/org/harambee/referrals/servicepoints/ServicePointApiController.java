package org.harambee.referrals.servicepoints;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.system.ResultPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service points over REST: read where they sit or serve inside your area (VIEW_PROGRAMME), written over their unit
 * and area (MANAGE_SERVICES).
 */
@RestController
@RequestMapping("/api/v1/service-points")
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Service points", description = "Offices and queues that receive referrals, their areas and officers")
class ServicePointApiController {

    /** The officers of a service point, by username. */
    record OfficersInput(List<String> usernames) {}

    private final ServicePointReading reading;
    private final ServicePointRegister register;
    private final ServicePointOfficers officers;
    private final ServicePointFocalPersons focalPersons;

    ServicePointApiController(
            ServicePointReading reading,
            ServicePointRegister register,
            ServicePointOfficers officers,
            ServicePointFocalPersons focalPersons) {
        this.reading = reading;
        this.register = register;
        this.officers = officers;
        this.focalPersons = focalPersons;
    }

    @GetMapping("/{id}/focal-person")
    @Operation(summary = "The named, trained focal person of a service point off the platform (204 when none)")
    org.springframework.http.ResponseEntity<ServicePointViews.FocalPerson> focalPerson(
            @PathVariable UUID id, Locale locale) {
        reading.get(id, locale.getLanguage());
        return focalPersons
                .find(id)
                .map(org.springframework.http.ResponseEntity::ok)
                .orElseGet(() ->
                        org.springframework.http.ResponseEntity.noContent().build());
    }

    @PutMapping("/{id}/focal-person")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    @Operation(
            summary = "Record the focal person of a service point off the platform: name and the day their training"
                    + " in referral and case management ended (trainedOn, ISO date, not in the future); readiness"
                    + " counts the service point as having trained staff")
    ServicePointViews.FocalPerson setFocalPerson(
            @PathVariable UUID id, @RequestBody(required = false) ServicePointFocalPersons.Input input) {
        return focalPersons.set(id, input);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/{id}/focal-person")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove the focal person of a service point (the person left)")
    void clearFocalPerson(@PathVariable UUID id) {
        focalPersons.clear(id);
    }

    @GetMapping
    @Operation(
            summary = "Service points that sit or serve inside your area, by name: unit (a P-code) limits to those"
                    + " that sit in its subtree or serve it, category to one ServiceCategory, active to active"
                    + " (true) or inactive (false) ones, q to names starting with it")
    ResultPage<ServicePointViews.Summary> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        return reading.list(
                unit, category, active, q, Math.max(page, 0), Math.min(Math.max(size, 1), 500), locale.getLanguage());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    @Operation(
            summary = "Add a service point at a unit (a P-code) with the units it serves (areas: P-codes at or below"
                    + " its unit or a unit beside it; its own unit when none)")
    ResponseEntity<ServicePointViews.ServicePoint> create(@RequestBody ServicePointInput input, Locale locale) {
        ServicePointViews.ServicePoint created = register.create(input, locale.getLanguage());
        return ResponseEntity.created(URI.create("/api/v1/service-points/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One service point with its unit, area, contacts and officers")
    ServicePointViews.ServicePoint show(@PathVariable UUID id, Locale locale) {
        return reading.get(id, locale.getLanguage());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    @Operation(
            summary = "Correct a service point (refused while a route of the pathway would be left at a unit it no"
                    + " longer serves, or while it has officers and is taken off the platform)")
    ServicePointViews.ServicePoint update(@PathVariable UUID id, @RequestBody ServicePointInput input, Locale locale) {
        return register.update(id, input, locale.getLanguage());
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    @Operation(summary = "Take a service point out of the pathway: routes to it are skipped until it is reactivated")
    ServicePointViews.ServicePoint deactivate(@PathVariable UUID id, Locale locale) {
        return register.deactivate(id, locale.getLanguage());
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    @Operation(summary = "Put a deactivated service point back in the pathway")
    ServicePointViews.ServicePoint reactivate(@PathVariable UUID id, Locale locale) {
        return register.reactivate(id, locale.getLanguage());
    }

    @GetMapping("/{id}/officers")
    @Operation(summary = "The accounts that work the service point's queue")
    List<ServicePointViews.Officer> officers(@PathVariable UUID id, Locale locale) {
        return reading.get(id, locale.getLanguage()).officers();
    }

    @PutMapping("/{id}/officers")
    @PreAuthorize("hasAuthority('MANAGE_SERVICES')")
    @Operation(
            summary = "Replace the officers of an on-platform service point: accounts holding SERVICE_POINT_OFFICER"
                    + " or DISTRICT_COORDINATOR at its unit or above")
    List<ServicePointViews.Officer> replaceOfficers(
            @PathVariable UUID id, @RequestBody OfficersInput input, Locale locale) {
        officers.replace(id, input.usernames());
        return reading.get(id, locale.getLanguage()).officers();
    }
}
