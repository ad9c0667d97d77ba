package org.harambee.communities.plans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harambee.communities.internal.Choices;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Harm selections, action plans and actions over REST. */
@RestController
@PreAuthorize("hasAuthority('VIEW_PROGRAMME')")
@Tag(name = "Harms and action plans", description = "The harms communities select and their action plans")
class PlanApiController {

    private final HarmSelections harms;
    private final ActionPlans plans;
    private final Choices choices;

    PlanApiController(HarmSelections harms, ActionPlans plans, Choices choices) {
        this.harms = harms;
        this.plans = plans;
        this.choices = choices;
    }

    @GetMapping("/api/v1/harms")
    @Operation(summary = "The harms a community may select (a list the deployment may extend)")
    List<Choices.Choice> harmList(Locale locale) {
        return choices.active(Choices.HARM, locale.getLanguage());
    }

    @GetMapping("/api/v1/communities/{id}/harm-selections")
    @Operation(summary = "The harms the community selected, oldest first")
    List<HarmSelections.SelectionView> selections(@PathVariable UUID id, Locale locale) {
        return harms.of(id, locale.getLanguage());
    }

    @PostMapping("/api/v1/communities/{id}/harm-selections")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    @Operation(
            summary = "Record a harm the community selected: harm (see /api/v1/harms), selectedOn, groupsConsulted"
                    + " (GIRLS, BOYS, WOMEN, MEN, ELDERS, PEOPLE_WITH_DISABILITIES; one at least), note")
    ResponseEntity<HarmSelections.SelectionView> select(
            @PathVariable UUID id, @RequestBody HarmSelections.HarmInput input, Locale locale) {
        return ResponseEntity.status(HttpStatus.CREATED).body(harms.record(id, input, locale.getLanguage()));
    }

    @GetMapping("/api/v1/communities/{id}/action-plans")
    @Operation(summary = "The community's action plans with their actions")
    List<ActionPlans.PlanView> planList(@PathVariable UUID id, Locale locale) {
        return plans.of(id, locale.getLanguage());
    }

    @PostMapping("/api/v1/communities/{id}/action-plans")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    @Operation(summary = "Start an action plan: title, harm (one the community selected), startsOn, endsOn")
    ResponseEntity<ActionPlans.PlanView> createPlan(
            @PathVariable UUID id, @RequestBody ActionPlans.PlanInput input, Locale locale) {
        ActionPlans.PlanView plan = plans.create(id, input, locale.getLanguage());
        return ResponseEntity.created(URI.create("/api/v1/action-plans/" + plan.id()))
                .body(plan);
    }

    @GetMapping("/api/v1/action-plans/{id}")
    @Operation(summary = "One action plan with its actions")
    ActionPlans.PlanView plan(@PathVariable UUID id, Locale locale) {
        return plans.get(id, locale.getLanguage());
    }

    @PostMapping("/api/v1/action-plans/{id}/actions")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    @Operation(
            summary = "Add an action: description, owner (a role or group, never a child's name), status PLANNED,"
                    + " IN_PROGRESS, DONE (with doneOn) or DROPPED, dueOn")
    ResponseEntity<PlanRecords.Action> addAction(@PathVariable UUID id, @RequestBody ActionPlans.ActionInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(plans.add(id, input));
    }

    @PutMapping("/api/v1/actions/{id}")
    @PreAuthorize("hasAuthority('MANAGE_COMMUNITIES')")
    @Operation(summary = "Change an action: its status, owner, due day or the day it was done")
    PlanRecords.Action updateAction(@PathVariable UUID id, @RequestBody ActionPlans.ActionInput input) {
        return plans.update(id, input);
    }
}
