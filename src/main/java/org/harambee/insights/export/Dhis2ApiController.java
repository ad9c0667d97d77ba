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
    private final Dhis2ElementMapping elements;
    private final Dhis2OrgUnitMapping orgUnits;
    private final Dhis2Push push;
    private final Dhis2CodeMatching codeMatching;

    Dhis2ApiController(
            IndicatorExports exports,
            Dhis2DataValues dataValues,
            Dhis2Mappings mappings,
            Dhis2ElementMapping elements,
            Dhis2OrgUnitMapping orgUnits,
            Dhis2Push push,
            Dhis2CodeMatching codeMatching) {
        this.codeMatching = codeMatching;
        this.exports = exports;
        this.dataValues = dataValues;
        this.mappings = mappings;
        this.elements = elements;
        this.orgUnits = orgUnits;
        this.push = push;
    }

    @GetMapping("/{pcode}/dhis2")
    @PreAuthorize("hasAuthority('EXPORT_AGGREGATES')")
    @Operation(
            summary = "The unit's and its children's indicators mapped in the period's type (Monthly, Quarterly,"
                    + " Yearly) for period as a DHIS2 dataValueSets payload; suppressed values left out; dataSet given"
                    + " when the values are of one data set")
    Dhis2DataValues.DataValueSet dataValueSet(
            @PathVariable String pcode, @RequestParam(required = false) String period, Locale locale) {
        IndicatorExports.Export export = exports.export(pcode, period, "dhis2", locale);
        return dataValues.of(export.values(), export.period());
    }

    @PostMapping("/{pcode}/dhis2/push")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(
            summary = "Push the unit's data value sets for period (suppressed; one per data set of the period's type)"
                    + " to the configured DHIS2 server; answers the import summaries' counts and conflicts (status"
                    + " NOTHING_TO_SEND when nothing is mapped in that type), 503 when no server is configured, 502"
                    + " when it fails")
    Dhis2Push.Pushed push(@PathVariable String pcode, @RequestParam(required = false) String period, Locale locale) {
        return push.push(pcode, period, locale);
    }

    @GetMapping("/dhis2/pushes")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(summary = "The latest pushes to DHIS2 with their import counts and conflicts, newest first")
    List<Dhis2Push.Pushed> pushes() {
        return push.recent(50);
    }

    @GetMapping("/dhis2/mapping")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(
            summary = "Indicator and period type → DHIS2 data set and data element, unit → DHIS2 organisation unit;"
                    + " unsent: indicators mapped before data sets, to map again")
    Dhis2Mappings.Mapping mapping(Locale locale) {
        return mappings.mapping(locale.getLanguage());
    }

    @PutMapping("/dhis2/data-elements/{id}")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(
            summary = "Send an indicator (id: its key, e.g. coverage) in periodType (Monthly, Quarterly or Yearly: the"
                    + " period type of the data set) to data element uid of data set dataSet (DHIS2 ids: 11 letters"
                    + " and digits, a letter first); its values of other period types are not sent there")
    Dhis2Mappings.Mapping mapIndicator(
            @PathVariable("id") String indicator,
            @RequestBody Dhis2ElementMapping.ElementTarget target,
            Locale locale) {
        elements.mapIndicator(indicator, target.periodType(), target.dataSet(), target.uid());
        return mappings.mapping(locale.getLanguage());
    }

    @DeleteMapping("/dhis2/data-elements/{id}")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(summary = "Stop sending an indicator in periodType, or in every period type without it")
    ResponseEntity<Void> unmapIndicator(
            @PathVariable("id") String indicator, @RequestParam(required = false) String periodType) {
        elements.unmapIndicator(indicator, periodType);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/dhis2/org-units/by-code")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(
            summary = "Map every place whose P-code is the code of one of the DHIS2 server's organisation units to it;"
                    + " answers the counts and the organisation units whose code names no place; 503 when no server is"
                    + " configured, 502 when it fails")
    Dhis2OrgUnitMapping.CodeMatch mapByCode() {
        return codeMatching.mapByCode();
    }

    @PutMapping("/dhis2/org-units/{pcode}")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(summary = "Make a unit a DHIS2 organisation unit: uid")
    Dhis2Mappings.Mapping mapUnit(
            @PathVariable String pcode, @RequestBody Dhis2OrgUnitMapping.Target target, Locale locale) {
        orgUnits.mapUnit(pcode, target.uid());
        return mappings.mapping(locale.getLanguage());
    }

    @DeleteMapping("/dhis2/org-units/{pcode}")
    @PreAuthorize("hasAuthority('MANAGE_INTEGRATIONS')")
    @Operation(summary = "Stop sending a unit")
    ResponseEntity<Void> unmapUnit(@PathVariable String pcode) {
        orgUnits.unmapUnit(pcode);
        return ResponseEntity.noContent().build();
    }
}
