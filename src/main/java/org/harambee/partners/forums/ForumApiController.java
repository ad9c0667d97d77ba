package org.harambee.partners.forums;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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

/** Forums, the communities represented in them and their meetings, over REST, within the caller's scope. */
@RestController
@RequestMapping("/api/v1/forums")
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Partners")
class ForumApiController {

    private final ForumRegistering registry;
    private final ForumMeetingRecording meetings;

    ForumApiController(ForumRegistering registry, ForumMeetingRecording meetings) {
        this.registry = registry;
        this.meetings = meetings;
    }

    @GetMapping
    @Operation(summary = "List forums inside your scope (in the subtree of a unit), with their meeting counts")
    ResultPage<ForumRegistering.ForumView> list(
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        return registry.list(unit, page, size, locale.getLanguage());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    @Operation(summary = "Record a forum in a unit, its convening stakeholder and the communities represented")
    ResponseEntity<ForumRegistering.ForumView> create(@RequestBody ForumRegistering.ForumInput input, Locale locale) {
        ForumRegistering.ForumView created = registry.create(input, locale.getLanguage());
        return ResponseEntity.created(URI.create("/api/v1/forums/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One forum with the communities represented and its latest meetings")
    ForumRegistering.ForumView show(@PathVariable UUID id) {
        return registry.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    @Operation(
            summary = "Change a forum's name, convener and communities represented (the list replaces the one before;"
                    + " its unit stays)")
    ForumRegistering.ForumView update(@PathVariable UUID id, @RequestBody ForumRegistering.ForumChange change) {
        return registry.update(id, change);
    }

    @PostMapping("/{id}/meetings")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    @Operation(summary = "Record a meeting of the forum: its day, how many attended, short notes")
    ResponseEntity<ForumRecords.Meeting> recordMeeting(
            @PathVariable UUID id, @RequestBody ForumMeetingRecording.MeetingInput input) {
        ForumRecords.Meeting meeting = meetings.record(id, input);
        return ResponseEntity.created(URI.create("/api/v1/forums/" + id)).body(meeting);
    }
}
