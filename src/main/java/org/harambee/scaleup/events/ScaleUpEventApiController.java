package org.harambee.scaleup.events;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Scale-up events over REST. */
@RestController
@RequestMapping("/api/v1/scale-up-events")
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Scale-up events", description = "Horizontal, vertical, diversification and spontaneous scale-up")
class ScaleUpEventApiController {

    private final ScaleUpEvents events;

    ScaleUpEventApiController(ScaleUpEvents events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Events inside your area, newest first; unit (a P-code) and kind filter")
    List<ScaleUpEvents.Event> list(
            @RequestParam(required = false) String unit, @RequestParam(required = false) String kind, Locale locale) {
        return events.list(unit, kind, locale.getLanguage());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    @Operation(
            summary = "Record an event: kind (HORIZONTAL, VERTICAL, DIVERSIFICATION, SPONTANEOUS), unit (a P-code;"
                    + " its level is kept), occurredOn (not in the future), description")
    ResponseEntity<ScaleUpEvents.Event> create(@RequestBody ScaleUpEvents.EventInput input, Locale locale) {
        UUID id = events.record(input);
        return ResponseEntity.created(URI.create("/api/v1/scale-up-events/" + id))
                .body(events.get(id, locale.getLanguage()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event")
    ScaleUpEvents.Event show(@PathVariable UUID id, Locale locale) {
        return events.get(id, locale.getLanguage());
    }
}
