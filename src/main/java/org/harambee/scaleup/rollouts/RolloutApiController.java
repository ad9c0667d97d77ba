package org.harambee.scaleup.rollouts;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rollouts (stepped-wedge studies) over REST. */
@RestController
@RequestMapping("/api/v1/rollouts")
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Rollouts", description = "Clusters assigned at random to waves that cross over one after another")
class RolloutApiController {

    private final RolloutReading reading;
    private final Rollouts rollouts;
    private final RolloutDrawing drawing;

    RolloutApiController(RolloutReading reading, Rollouts rollouts, RolloutDrawing drawing) {
        this.reading = reading;
        this.rollouts = rollouts;
        this.drawing = drawing;
    }

    @GetMapping
    @Operation(summary = "Rollouts placed inside your area, newest first; unit (a P-code) limits to its subtree")
    List<RolloutViews.Summary> list(@RequestParam(required = false) String unit, Locale locale) {
        return reading.list(unit, locale.getLanguage());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    @Operation(
            summary = "Set up a rollout: name, unit (the area, a P-code), clusterIds (clusters inside it),"
                    + " comparisonIds (among them; never cross over), waves, firstCrossover, periodMonths,"
                    + " stratifyByDistrict, optionally planId")
    ResponseEntity<RolloutViews.Rollout> create(@RequestBody Rollouts.RolloutInput input, Locale locale) {
        UUID id = rollouts.create(input);
        return ResponseEntity.created(URI.create("/api/v1/rollouts/" + id)).body(reading.get(id, locale.getLanguage()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One rollout with its seed, algorithm and assignments")
    RolloutViews.Rollout show(@PathVariable UUID id, Locale locale) {
        return reading.get(id, locale.getLanguage());
    }

    @PostMapping("/{id}/randomise")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    @Operation(
            summary = "Draw the waves at random: with seed (a whole number) the same draw as before, without one a new"
                    + " seed, recorded; refused from the first crossover on")
    RolloutViews.Rollout randomise(
            @PathVariable UUID id, @RequestBody(required = false) RolloutDrawing.DrawInput input, Locale locale) {
        return reading.get(drawing.draw(id, input), locale.getLanguage());
    }

    @GetMapping("/{id}/assignments")
    @Operation(summary = "The clusters of a rollout with their waves and crossover days")
    List<RolloutViews.Assignment> assignments(@PathVariable UUID id) {
        return reading.assignments(reading.row(id));
    }

    @PutMapping("/assignments/{id}")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    @Operation(
            summary = "Move a cluster to another wave: wave; refused when its wave or the new one has crossed over,"
                    + " and for comparison clusters")
    RolloutViews.Rollout assign(@PathVariable UUID id, @RequestBody Rollouts.AssignInput input, Locale locale) {
        return reading.get(rollouts.assign(id, input), locale.getLanguage());
    }

    @GetMapping("/{id}/grid")
    @Operation(
            summary = "The stepped-wedge grid: periods, and per cluster one cell per period, CONTROL or INTERVENTION")
    RolloutViews.Grid grid(@PathVariable UUID id) {
        return reading.grid(id);
    }
}
