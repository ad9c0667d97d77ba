package org.harambee.communities.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.communities.internal.Choices;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's action plans against the harms it selected, and their actions: each owned by a role or group (a
 * committee, the children's club; never a child's name), with a status (planned, in progress, done, dropped), a due
 * day and, once done, the day it was done.
 */
@Service
class ActionPlans {

    private static final Inputs INPUTS = Inputs.keyed("communities");

    static final Set<String> STATUSES = Set.of("PLANNED", "IN_PROGRESS", "DONE", "DROPPED");

    record PlanInput(String title, String harm, String startsOn, String endsOn) {}

    record ActionInput(String description, String owner, String status, String dueOn, String doneOn) {}

    record PlanView(
            UUID id,
            UUID communityId,
            String communityName,
            String title,
            String harm,
            String harmName,
            LocalDate startsOn,
            LocalDate endsOn,
            List<PlanRecords.Action> actions) {}

    private final PlanRecords records;
    private final Communities communities;
    private final Choices choices;
    private final Scopes scopes;
    private final AuditTrail audit;

    ActionPlans(PlanRecords records, Communities communities, Choices choices, Scopes scopes, AuditTrail audit) {
        this.records = records;
        this.communities = communities;
        this.choices = choices;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<PlanView> of(UUID communityId, String language) {
        CommunityRef community = require(Permission.VIEW_PROGRAMME, communityId);
        return records.plans(communityId).stream()
                .map(p -> view(p, community, language))
                .toList();
    }

    @Transactional(readOnly = true)
    PlanView get(UUID planId, String language) {
        PlanRecords.Plan plan = records.plan(planId).orElseThrow(NotFoundException.of("problem.communityNotFound"));
        return view(plan, require(Permission.VIEW_PROGRAMME, plan.communityId()), language);
    }

    /** The community, when the user may change it: 404 when there is none, 403 when outside their area. */
    @Transactional(readOnly = true)
    CommunityRef manageable(UUID communityId) {
        return require(Permission.MANAGE_COMMUNITIES, communityId);
    }

    /** True when the user may change the plan's community. */
    @Transactional(readOnly = true)
    boolean manages(UUID planId) {
        PlanRecords.Plan plan = records.plan(planId).orElseThrow(NotFoundException.of("problem.communityNotFound"));
        return scopes.permits(
                Permission.MANAGE_COMMUNITIES,
                communities.get(plan.communityId()).unitPath());
    }

    @Transactional
    PlanView create(UUID communityId, PlanInput input, String language) {
        CommunityRef community = require(Permission.MANAGE_COMMUNITIES, communityId);
        List<FieldProblem> problems = new ArrayList<>();
        String title = INPUTS.text("title", input.title(), 200, true, problems);
        String harm = Inputs.trimmed(input.harm());
        Set<String> selected = records.selections(communityId).stream()
                .map(PlanRecords.Selection::harm)
                .collect(Collectors.toSet());
        if (harm == null || !selected.contains(harm)) {
            problems.add(new FieldProblem("harm", "plans.harm.notSelected"));
        }
        LocalDate startsOn = INPUTS.date("startsOn", input.startsOn(), true, problems);
        LocalDate endsOn = INPUTS.date("endsOn", input.endsOn(), false, problems);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "plans.endsOn.beforeStart"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PlanRecords.Plan plan =
                new PlanRecords.Plan(Ids.newId(), communityId, title, harm, startsOn, endsOn, CurrentUser.name());
        records.insert(plan);
        audit.record(
                "ACTION_PLAN_CREATED",
                "action-plan",
                plan.id().toString(),
                community.unitId(),
                community.unitPath(),
                title);
        return view(plan, community, language);
    }

    @Transactional
    PlanRecords.Action add(UUID planId, ActionInput input) {
        PlanRecords.Plan plan = records.plan(planId).orElseThrow(NotFoundException.of("problem.communityNotFound"));
        CommunityRef community = require(Permission.MANAGE_COMMUNITIES, plan.communityId());
        PlanRecords.Action action = checked(Ids.newId(), planId, input);
        records.insert(action, CurrentUser.name());
        audit.record(
                "ACTION_ADDED",
                "action",
                action.id().toString(),
                community.unitId(),
                community.unitPath(),
                action.status());
        return records.action(action.id()).orElseThrow();
    }

    @Transactional
    PlanRecords.Action update(UUID actionId, ActionInput input) {
        PlanRecords.Action before =
                records.action(actionId).orElseThrow(NotFoundException.of("problem.communityNotFound"));
        PlanRecords.Plan plan = records.plan(before.planId()).orElseThrow();
        CommunityRef community = require(Permission.MANAGE_COMMUNITIES, plan.communityId());
        PlanRecords.Action action = checked(actionId, plan.id(), input);
        records.update(action);
        audit.record(
                "ACTION_UPDATED",
                "action",
                actionId.toString(),
                community.unitId(),
                community.unitPath(),
                before.status() + " → " + action.status());
        return records.action(actionId).orElseThrow();
    }

    private PlanRecords.Action checked(UUID id, UUID planId, ActionInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String description = INPUTS.text("description", input.description(), 500, true, problems);
        String owner = INPUTS.text("owner", input.owner(), 200, true, problems);
        String status = Inputs.trimmed(input.status());
        if (status == null || !STATUSES.contains(status)) {
            problems.add(new FieldProblem("status", "plans.status.invalid"));
        }
        LocalDate dueOn = INPUTS.date("dueOn", input.dueOn(), false, problems);
        LocalDate doneOn = INPUTS.pastDate("doneOn", input.doneOn(), false, LocalDate.now(), problems);
        if ("DONE".equals(status) && doneOn == null && Inputs.trimmed(input.doneOn()) == null) {
            problems.add(new FieldProblem("doneOn", "plans.doneOn.required"));
        } else if (doneOn != null && status != null && !"DONE".equals(status)) {
            problems.add(new FieldProblem("doneOn", "plans.doneOn.onlyWhenDone"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PlanRecords.Action(id, planId, 0, description, owner, status, dueOn, doneOn);
    }

    private CommunityRef require(Permission permission, UUID communityId) {
        CommunityRef community = communities.get(communityId);
        scopes.require(permission, community.unitPath());
        return community;
    }

    private PlanView view(PlanRecords.Plan p, CommunityRef community, String language) {
        Map<String, String> harms = choices.names(Choices.HARM, language);
        return new PlanView(
                p.id(),
                p.communityId(),
                community.name(),
                p.title(),
                p.harm(),
                harms.getOrDefault(p.harm(), p.harm()),
                p.startsOn(),
                p.endsOn(),
                records.actions(p.id()));
    }
}
