package org.harambee.insights.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
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

/** DHIS2 over REST: the data value set of a unit, its mapping, and the push to the configured server. */
@RestController
@RequestMapping("/api/v1/insights")
@Tag(name = "Insights DHIS2", description = "Indicators as DHIS2 dataValueSets; the mapping; pushes")
class Dhis2ApiController {

    private final IndicatorExports exports;
    private final Dhis2DataValues dataValues;
    private final Dhis2Mappings mappings;
    private final Dhis2Push push;

    Dhis2ApiController(IndicatorExports exports, Dhis2DataValues dataValues, Dhis2Mappings mappings, Dhis2Push push) {
        this.exports = exports;
        this.dataValues = dataValues;
        this.mappings = mappings;
        this.push = push;
    }

    @GetMapping("/{pcode}/dhis2")
    @PreAuthorize("hasAuthority('EXPORT_AGGREGATES')")
    @Operation(
            summary = "The unit's and its children's mapped indicators for period as a DHIS2 dataValueSets payload;"
                    + " suppressed values left out")
    Dhis2DataValues.DataValueSet dataValueSet(
            @PathVariable String pcode, @RequestParam(required = false) String period, Locale locale) {
        return dataValues.of(exports.export(pcode, period, "dhis2", locale).values());
    }

    @PostMapping("/{pcode}/dhis2/push")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(
            summary = "Push the unit's data value set for period (suppressed) to the configured DHIS2 server; answers"
                    + " the import summary's counts, 503 when no server is configured, 502 when it fails")
    Dhis2Push.Pushed push(@PathVariable String pcode, @RequestParam(required = false) String period, Locale locale) {
        return push.push(pcode, period, locale);
    }

    @GetMapping("/dhis2/pushes")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(summary = "The latest pushes to DHIS2 with their import counts, newest first")
    List<Dhis2Push.Pushed> pushes() {
        return push.recent(50);
    }

    @GetMapping("/dhis2/mapping")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(summary = "Indicator → DHIS2 data element, and unit → DHIS2 organisation unit")
    Dhis2Mappings.Mapping mapping(Locale locale) {
        return mappings.mapping(locale.getLanguage());
    }

    @PutMapping("/dhis2/data-elements/{id}")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(
            summary =
                    "Send an indicator (id: its key, e.g. coverage) to a data element: uid (11 letters and digits, a letter first)")
    Dhis2Mappings.Mapping mapIndicator(
            @PathVariable("id") String indicator, @RequestBody Dhis2Mappings.Target target, Locale locale) {
        mappings.mapIndicator(indicator, target.uid());
        return mappings.mapping(locale.getLanguage());
    }

    @DeleteMapping("/dhis2/data-elements/{id}")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(summary = "Stop sending an indicator")
    ResponseEntity<Void> unmapIndicator(@PathVariable("id") String indicator) {
        mappings.unmapIndicator(indicator);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/dhis2/org-units/{pcode}")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(summary = "Make a unit a DHIS2 organisation unit: uid")
    Dhis2Mappings.Mapping mapUnit(@PathVariable String pcode, @RequestBody Dhis2Mappings.Target target, Locale locale) {
        mappings.mapUnit(pcode, target.uid());
        return mappings.mapping(locale.getLanguage());
    }

    @DeleteMapping("/dhis2/org-units/{pcode}")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(summary = "Stop sending a unit")
    ResponseEntity<Void> unmapUnit(@PathVariable String pcode) {
        mappings.unmapUnit(pcode);
        return ResponseEntity.noContent().build();
    }
}
