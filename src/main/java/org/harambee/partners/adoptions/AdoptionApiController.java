package org.harambee.partners.adoptions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.harambee.partners.AdoptionStep;
import org.harambee.system.ResultPage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The adoption pipeline over REST, within the caller's scope. */
@RestController
@RequestMapping("/api/v1/adoptions")
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Partners")
class AdoptionApiController {

    private final AdoptionPipeline pipeline;

    AdoptionApiController(AdoptionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @GetMapping
    @Operation(summary = "List adoptions inside your scope: in the subtree of a unit, of one organisation, at one step")
    ResultPage<AdoptionPipeline.AdoptionView> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) UUID organisationId,
            @RequestParam(required = false) AdoptionStep step,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        return pipeline.list(unit, organisationId, step, page, size, locale.getLanguage());
    }

    @PostMapping
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERS', 'MANAGE_OWN_ORGANISATION')")
    @Operation(summary = "Start an organisation's adoption in a unit: it was invited on a day")
    ResponseEntity<AdoptionPipeline.AdoptionView> start(
            @RequestBody AdoptionPipeline.AdoptionStart input, Locale locale) {
        AdoptionPipeline.AdoptionView started = pipeline.start(input, locale.getLanguage());
        return ResponseEntity.created(URI.create("/api/v1/adoptions/" + started.id()))
                .body(started);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One adoption with the date of each step taken")
    AdoptionPipeline.AdoptionView show(@PathVariable UUID id) {
        return pipeline.get(id);
    }

    @PostMapping("/{id}/steps")
    @PreAuthorize("hasAnyAuthority('MANAGE_PARTNERS', 'MANAGE_OWN_ORGANISATION')")
    @Operation(
            summary = "Record the next step (agreed, trained, supporting) and its day, no earlier than the step before")
    AdoptionPipeline.AdoptionView recordStep(@PathVariable UUID id, @RequestBody AdoptionPipeline.StepInput input) {
        return pipeline.recordStep(id, input);
    }
}
