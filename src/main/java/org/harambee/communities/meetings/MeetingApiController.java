package org.harambee.communities.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.communities.internal.Choices;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A community's meetings over REST, and the list of meeting types. */
@RestController
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Meetings", description = "Meetings of communities, attendance as counts by sex and age group")
class MeetingApiController {

    private final Meetings meetings;
    private final Choices choices;

    MeetingApiController(Meetings meetings, Choices choices) {
        this.meetings = meetings;
        this.choices = choices;
    }

    @GetMapping("/api/v1/communities/{id}/meetings")
    @Operation(summary = "The community's meetings, newest first")
    List<Meetings.MeetingView> list(@PathVariable UUID id, Locale locale) {
        return meetings.of(id, locale.getLanguage());
    }

    @PostMapping("/api/v1/communities/{id}/meetings")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    @Operation(
            summary = "Record a meeting: type (see /api/v1/meeting-types), heldOn (not in the future), counts of girls,"
                    + " boys, women and men (each 0 or more, never names), facilitation COMMUNITY or EXTERNAL,"
                    + " decisions")
    ResponseEntity<Meetings.MeetingView> record(
            @PathVariable UUID id, @RequestBody Meetings.MeetingInput input, Locale locale) {
        Meetings.MeetingView meeting = meetings.record(id, input, locale.getLanguage());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
                .body(meeting);
    }

    @GetMapping("/api/v1/meetings/{id}")
    @Operation(summary = "One meeting")
    Meetings.MeetingView show(@PathVariable UUID id, Locale locale) {
        return meetings.get(id, locale.getLanguage());
    }

    @GetMapping("/api/v1/meeting-types")
    @Operation(summary = "The meeting types a meeting may have (a list the deployment may extend)")
    List<Choices.Choice> types(Locale locale) {
        return choices.active(Choices.MEETING_TYPE, locale.getLanguage());
    }
}
