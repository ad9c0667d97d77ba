package org.harambee.partners.organisations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.harambee.partners.OrganisationKind;
import org.harambee.system.ExportFormat;
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

/** Organisations over REST: public to every reader of the programme, changed by holders of MANAGE_PARTNERS. */
@RestController
@RequestMapping("/api/v1/organisations")
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Partners", description = "Organisations, their presence, adoption of the approach, stakeholders, forums")
class OrganisationApiController {

    private final OrganisationRegistering registry;

    private final OrganisationExport export;

    OrganisationApiController(OrganisationRegistering registry, OrganisationExport export) {
        this.registry = registry;
        this.export = export;
    }

    @GetMapping
    @Operation(
            summary = "List organisations by name: q found anywhere in the name or short name, one kind, active or not")
    ResultPage<OrganisationRegistering.OrganisationView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        return registry.search(q, kind, active, sort, page, size, locale.getLanguage());
    }

    @GetMapping(params = "format")
    @Operation(
            summary = "The same list as a file, format csv or xlsx, every row (streamed): name, short name, kind,"
                    + " country, active, and where it works today inside your area with its sectors; sort name"
                    + " (default), kind or updated. Audited.")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) String sort,
            @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        export.write(q, kind, active, sort, ExportFormat.parse(format), response);
    }

    @PostMapping
    @Operation(summary = "Register an organisation (its name must not be taken, ignoring case)")
    ResponseEntity<OrganisationRegistering.OrganisationView> create(
            @RequestBody OrganisationRegistering.OrganisationInput input, Locale locale) {
        OrganisationRegistering.OrganisationView created = registry.create(input, locale.getLanguage());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation, with the name of the level it works at in its country")
    OrganisationRegistering.OrganisationView show(@PathVariable UUID id, Locale locale) {
        return registry.get(id, locale.getLanguage());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an organisation's details")
    OrganisationRegistering.OrganisationView update(
            @PathVariable UUID id, @RequestBody OrganisationRegistering.OrganisationInput input, Locale locale) {
        return registry.update(id, input, locale.getLanguage());
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate an organisation: it stays on record but is no longer offered in forms")
    OrganisationRegistering.OrganisationView deactivate(@PathVariable UUID id, Locale locale) {
        return registry.setActive(id, false, locale.getLanguage());
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate a deactivated organisation")
    OrganisationRegistering.OrganisationView reactivate(@PathVariable UUID id, Locale locale) {
        return registry.setActive(id, true, locale.getLanguage());
    }
}
