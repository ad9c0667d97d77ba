package org.harambee.capacity.facilitators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Facilitators and their assignments to communities over REST. */
@RestController
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Facilitators", description = "Facilitators, their assignments to communities and trainings done")
class FacilitatorApiController {

    private final Facilitators facilitators;
    private final FacilitatorReading reading;
    private final Assignments assignments;

    FacilitatorApiController(Facilitators facilitators, FacilitatorReading reading, Assignments assignments) {
        this.facilitators = facilitators;
        this.reading = reading;
        this.assignments = assignments;
    }

    @GetMapping("/api/v1/facilitators")
    @Operation(summary = "Facilitators inside your area, by name; unit (a P-code) limits to its subtree")
    List<FacilitatorViews.Summary> list(
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        return reading.list(unit, Math.max(page, 0), Math.min(Math.max(size, 1), 500), locale.getLanguage());
    }

    @PostMapping("/api/v1/facilitators")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    @Operation(
            summary = "Record a facilitator: name, sex (FEMALE, MALE), insideCommunity, organisationId, username (an"
                    + " account, optional), phone (optional), unit (P-code where based)")
    ResponseEntity<FacilitatorViews.Facilitator> create(
            @RequestBody Facilitators.FacilitatorInput input, Locale locale) {
        FacilitatorViews.Facilitator created = facilitators.create(input, locale.getLanguage());
        return ResponseEntity.created(URI.create("/api/v1/facilitators/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/facilitators/{id}")
    @Operation(summary = "One facilitator with assignments, trainings done and competencies trained in")
    FacilitatorViews.Facilitator show(@PathVariable UUID id, Locale locale) {
        return reading.get(id, locale.getLanguage());
    }

    @PutMapping("/api/v1/facilitators/{id}")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    @Operation(summary = "Correct a facilitator (the same body; active false when they stop)")
    FacilitatorViews.Facilitator update(
            @PathVariable UUID id, @RequestBody Facilitators.FacilitatorInput input, Locale locale) {
        return facilitators.update(id, input, locale.getLanguage());
    }

    @PostMapping("/api/v1/facilitators/{id}/assignments")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    @Operation(summary = "Assign the facilitator to a community: communityId, startsOn, endsOn (optional)")
    ResponseEntity<FacilitatorViews.Facilitator> assign(
            @PathVariable UUID id, @RequestBody Assignments.AssignmentInput input, Locale locale) {
        return ResponseEntity.status(201).body(assignments.assign(id, input, locale.getLanguage()));
    }

    @PutMapping("/api/v1/assignments/{id}")
    @PreAuthorize("hasAuthority('MANAGE_TRAININGS')")
    @Operation(summary = "End an assignment: {endsOn} (not before its start); answers the facilitator")
    FacilitatorViews.Facilitator endAssignment(
            @PathVariable UUID id, @RequestBody Assignments.EndInput input, Locale locale) {
        return assignments.end(id, input, locale.getLanguage());
    }
}
