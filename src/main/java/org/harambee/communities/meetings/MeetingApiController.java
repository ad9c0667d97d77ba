package org.harambee.communities.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.communities.internal.Choices;
import org.harambee.communities.internal.RecordFilters;
import org.harambee.system.ExportFormat;
import org.harambee.system.ResultPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A community's meetings over REST, the meetings of the reader's area as a list or a file, and the meeting types. */
@RestController
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Meetings", description = "Meetings of communities, attendance as counts by sex and age group")
class MeetingApiController {

    private final Meetings meetings;
    private final MeetingLists lists;
    private final Choices choices;

    MeetingApiController(Meetings meetings, MeetingLists lists, Choices choices) {
        this.meetings = meetings;
        this.lists = lists;
        this.choices = choices;
    }

    @GetMapping("/api/v1/meetings")
    @Operation(
            summary = "Meetings inside your area, the latest first: unit (a P-code) limits to its subtree, community to"
                    + " one community, from and to (year-month-day) to the days held, type to a meeting type; sort"
                    + " date (default) or community. Attendance as counts, never names or decisions.")
    ResultPage<MeetingLists.MeetingLine> listMeetings(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID community,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        RecordFilters.Filter filter = lists.filter(new RecordFilters.Asked(unit, community, from, to, type, sort));
        return lists.list(filter, Math.max(page, 0), ResultPage.size(size), locale.getLanguage());
    }

    @GetMapping(value = "/api/v1/meetings", params = "format")
    @Operation(
            summary =
                    "The same list as a file, format csv or xlsx, every row (streamed): community, P-code, place, day,"
                            + " type, girls, boys, women, men, in all, facilitated by. Audited.")
    void exportMeetings(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID community,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String sort,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        ExportFormat kind = ExportFormat.parse(format);
        lists.write(lists.filter(new RecordFilters.Asked(unit, community, from, to, type, sort)), kind, response);
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
