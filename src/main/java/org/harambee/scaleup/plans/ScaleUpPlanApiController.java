package org.harambee.scaleup.plans;

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

/** Scale-up plans, their phases, gates and lessons over REST. */
@RestController
@RequestMapping("/api/v1/scale-up-plans")
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Scale-up plans", description = "Plans with a goal level, phases, gates evaluated live, lessons learned")
class ScaleUpPlanApiController {

    private final PlanReading reading;
    private final Planning planning;
    private final PhaseWork work;

    ScaleUpPlanApiController(PlanReading reading, Planning planning, PhaseWork work) {
        this.reading = reading;
        this.planning = planning;
        this.work = work;
    }

    @GetMapping
    @Operation(summary = "Plans placed inside your area, newest first; unit (a P-code) limits to its subtree")
    List<PlanViews.Summary> list(@RequestParam(required = false) String unit, Locale locale) {
        return reading.list(unit, locale.getLanguage());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    @Operation(
            summary = "Create a plan: name, goalLevel (DISTRICT, PROVINCE, NATION), goalUnit (a P-code of that level)"
                    + " and agreementsRequired (in force in each unit of a phase; 1 when left out)")
    ResponseEntity<PlanViews.Plan> create(@RequestBody Planning.PlanInput input, Locale locale) {
        UUID id = planning.create(input);
        return ResponseEntity.created(URI.create("/api/v1/scale-up-plans/" + id))
                .body(reading.get(id, locale.getLanguage()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One plan with its phases (in order), their units and lessons")
    PlanViews.Plan show(@PathVariable UUID id, Locale locale) {
        return reading.get(id, locale.getLanguage());
    }

    @PostMapping("/{id}/phases")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    @Operation(
            summary = "Add a phase: name, startsOn, endsOn and units (P-codes inside the goal unit); its period may"
                    + " not overlap another phase of the plan")
    ResponseEntity<PlanViews.Plan> addPhase(
            @PathVariable UUID id, @RequestBody Planning.PhaseInput input, Locale locale) {
        planning.addPhase(id, input);
        return ResponseEntity.status(201).body(reading.get(id, locale.getLanguage()));
    }

    @GetMapping("/{id}/gates")
    @Operation(
            summary = "Every phase's gate, evaluated now: readiness and agreements in force per unit, the previous"
                    + " phase's lessons reviewed")
    List<PlanViews.Gate> gates(@PathVariable UUID id, Locale locale) {
        return reading.gates(id, locale.getLanguage());
    }

    @PostMapping("/phases/{id}/start")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    @Operation(
            summary = "Mark a phase started (startedOn, today when left out); refused while its gate fails, unless a"
                    + " national coordinator gives an overrideReason")
    PlanViews.Plan start(@PathVariable UUID id, @RequestBody PhaseWork.StartInput input, Locale locale) {
        return reading.get(work.start(id, input), locale.getLanguage());
    }

    @PostMapping("/phases/{id}/lessons")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    @Operation(summary = "Record a lesson learned in a phase: text")
    ResponseEntity<PlanViews.Plan> lesson(
            @PathVariable UUID id, @RequestBody PhaseWork.LessonInput input, Locale locale) {
        return ResponseEntity.status(201).body(reading.get(work.recordLesson(id, input), locale.getLanguage()));
    }

    @PostMapping("/lessons/{id}/review")
    @PreAuthorize("hasAuthority('PLAN_SCALE_UP')")
    @Operation(summary = "Mark a lesson reviewed (by you, now)")
    PlanViews.Plan review(@PathVariable UUID id, Locale locale) {
        return reading.get(work.review(id), locale.getLanguage());
    }
}
