package org.harambee.partners.stakeholders;

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

/** Stakeholders above communities over REST, within the caller's scope. */
@RestController
@RequestMapping("/api/v1/stakeholders")
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Partners")
class StakeholderApiController {

    private final StakeholderRegistering registry;

    StakeholderApiController(StakeholderRegistering registry) {
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "List stakeholders inside your scope: in the subtree of a unit, of one kind, by name")
    ResultPage<StakeholderRegistering.StakeholderView> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) StakeholderKind kind,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        return registry.list(unit, kind, q, page, size, locale.getLanguage());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    @Operation(summary = "Record a stakeholder (panchayat, chiefdom council, ward administration...) in a unit")
    ResponseEntity<StakeholderRegistering.StakeholderView> create(
            @RequestBody StakeholderRegistering.StakeholderInput input, Locale locale) {
        StakeholderRegistering.StakeholderView created = registry.create(input, locale.getLanguage());
        return ResponseEntity.created(URI.create("/api/v1/stakeholders/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One stakeholder")
    StakeholderRegistering.StakeholderView show(@PathVariable UUID id) {
        return registry.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('MANAGE_PARTNERS')")
    @Operation(summary = "Change a stakeholder's name and kind (its unit stays)")
    StakeholderRegistering.StakeholderView update(
            @PathVariable UUID id, @RequestBody StakeholderRegistering.StakeholderChange change) {
        return registry.update(id, change);
    }
}
