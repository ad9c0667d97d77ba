package org.harambee.communities.phases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.communities.internal.CommunityViews;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A community's phase history, and the backlog of communities that asked to start, over REST. */
@RestController
@RequestMapping("/api/v1/communities")
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Communities")
class PhaseApiController {

    private final PhaseRecording phases;
    private final StartRequests requests;

    PhaseApiController(PhaseRecording phases, StartRequests requests) {
        this.phases = phases;
        this.requests = requests;
    }

    @GetMapping("/{id}/phases")
    @Operation(summary = "The community's phase history, in the order recorded; the last line is the current phase")
    List<PhaseEntry> history(@PathVariable UUID id) {
        return phases.history(id);
    }

    @PostMapping("/{id}/phases")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    @Operation(
            summary = "Record the phase the community entered and the day (not before the latest line's day, not in"
                    + " the future); a skipped phase or a step back needs a reason")
    ResponseEntity<PhaseEntry> record(@PathVariable UUID id, @RequestBody PhaseRecording.PhaseInput input) {
        return ResponseEntity.created(URI.create("/api/v1/communities/" + id + "/phases"))
                .body(phases.record(id, input));
    }

    @GetMapping("/backlog")
    @Operation(
            summary = "Communities inside your area that asked to start and wait for a decision, oldest first; unit"
                    + " (a P-code, e.g. a district) limits to its subtree")
    List<CommunityViews.Summary> backlog(@RequestParam(required = false) String unit, Locale locale) {
        return requests.backlog(unit, locale.getLanguage());
    }

    @PostMapping("/{id}/request/accept")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    @Operation(
            summary = "Accept a community's request to start; with startedOn, its entry phase is recorded on that"
                    + " day")
    CommunityViews.Community accept(
            @PathVariable UUID id, @RequestBody StartRequests.AcceptInput input, Locale locale) {
        return requests.accept(id, input, locale.getLanguage());
    }

    @PostMapping("/{id}/request/decline")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    @Operation(summary = "Decline a community's request to start, with a reason")
    CommunityViews.Community decline(
            @PathVariable UUID id, @RequestBody StartRequests.DeclineInput input, Locale locale) {
        return requests.decline(id, input, locale.getLanguage());
    }
}
