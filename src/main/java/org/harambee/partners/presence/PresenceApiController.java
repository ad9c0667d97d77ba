package org.harambee.partners.presence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.partners.internal.PartnerOverview;
import org.harambee.system.ResultPage;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who does what where over REST, within the caller's scope: read with VIEW_PROGRAMME, written with MANAGE_PARTNERS. */
@RestController
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Partners")
class PresenceApiController {

    /** A sector's code and its name in the caller's language. */
    record SectorView(Sector code, String name) {}

    private final PresenceRecording presence;
    private final PartnerOverview overview;
    private final MessageSource messages;

    PresenceApiController(PresenceRecording presence, PartnerOverview overview, MessageSource messages) {
        this.presence = presence;
        this.overview = overview;
        this.messages = messages;
    }

    @GetMapping("/api/v1/presence")
    @Operation(
            summary = "List presence rows inside your scope: in the subtree of a unit (P-code), of one organisation,"
                    + " in one sector, only those current today")
    ResultPage<PresenceRecording.PresenceView> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID organisationId,
            @RequestParam(required = false) Sector sector,
            @RequestParam(defaultValue = "false") boolean current,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        return presence.list(
                new PresenceRecording.PresenceQuery(unit, organisationId, sector, current),
                page,
                size,
                locale.getLanguage());
    }

    @PostMapping("/api/v1/presence")
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERS', 'MANAGE_OWN_ORGANISATION')")
    @Operation(summary = "Record that an organisation works in a unit, in a sector, from a date (to an optional end)")
    ResponseEntity<PresenceRecording.PresenceView> create(
            @RequestBody PresenceRecording.PresenceInput input, Locale locale) {
        PresenceRecording.PresenceView created = presence.create(input, locale.getLanguage());
        return ResponseEntity.created(URI.create("/api/v1/presence/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/presence/{id}")
    @Operation(summary = "One presence row")
    PresenceRecording.PresenceView show(@PathVariable UUID id) {
        return presence.get(id);
    }

    @PutMapping("/api/v1/presence/{id}")
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERS', 'MANAGE_OWN_ORGANISATION')")
    @Operation(summary = "Change a presence row's sector and period (its organisation and unit stay)")
    PresenceRecording.PresenceView update(@PathVariable UUID id, @RequestBody PresenceRecording.PresenceChange change) {
        return presence.update(id, change);
    }

    @DeleteMapping("/api/v1/presence/{id}")
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERS', 'MANAGE_OWN_ORGANISATION')")
    @Operation(summary = "Delete a presence row recorded by mistake")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        presence.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/presence/not-adopting")
    @Operation(
            summary = "Organisations present today in the subtree of a unit (P-code; your whole scope without one) and"
                    + " not yet trained in the approach there (no adoption at or above the unit, or still invited or"
                    + " agreed), by unit")
    List<PartnerOverview.NotAdopting> notAdopting(@RequestParam(required = false) String unit, Locale locale) {
        return overview.notAdopting(unit, locale.getLanguage());
    }

    @GetMapping("/api/v1/sectors")
    @Operation(summary = "The sectors of presence rows, with their names in your language")
    List<SectorView> sectors(Locale locale) {
        return Arrays.stream(Sector.values())
                .map(s -> new SectorView(s, messages.getMessage("partners.sector." + s.name(), null, locale)))
                .toList();
    }
}
