package org.harambee.scaleup.plans;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.geography.UnitView;
import org.harambee.scaleup.internal.ScaleUpPlaces;
import org.harambee.scaleup.model.Phase;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making plans and their phases ({@code PLAN_SCALE_UP} at the plan's goal unit). A phase covers units inside the goal
 * unit over a period that overlaps no other phase of the plan; a refused input writes nothing.
 */
@Service
class Planning {

    private static final Inputs INPUTS = Inputs.keyed("scaleup");

    static final int MAX_UNITS = 200;

    /** A plan as entered: {@code goalUnit} a P-code of the level {@code goalLevel}. */
    record PlanInput(String name, String goalLevel, String goalUnit, Integer agreementsRequired) {}

    /** A phase as entered: its units as P-codes, its first and last day as year-month-day. */
    record PhaseInput(String name, String startsOn, String endsOn, List<String> units) {}

    private final ScaleUpPlanRecords records;
    private final ScaleUpPlaces places;
    private final Scopes scopes;
    private final AuditTrail audit;

    Planning(ScaleUpPlanRecords records, ScaleUpPlaces places, Scopes scopes, AuditTrail audit) {
        this.records = records;
        this.places = places;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional
    UUID create(PlanInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = INPUTS.text("name", input.name(), 200, true, problems);
        GoalLevel level = INPUTS.choice("goalLevel", input.goalLevel(), GoalLevel.class, problems);
        UnitView goal = places.unit("goalUnit", input.goalUnit(), true, problems);
        if (goal != null && level != null && goal.level() != level.depth()) {
            problems.add(new FieldProblem("goalUnit", "scaleup.plan.goalUnit.level", goal.name()));
        }
        int agreements = INPUTS.number("agreementsRequired", input.agreementsRequired(), 0, 100, 1, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        scopes.require("goalUnit", Permission.PLAN_SCALE_UP, goal.path());
        var row = new ScaleUpPlanRecords.PlanRow(
                Ids.newId(), name, level, goal.id(), goal.path(), agreements, CurrentUser.name(), Instant.now());
        records.insert(row);
        audit.record("SCALEUP_PLAN_CREATED", "scaleup-plan", row.id().toString(), goal.id(), goal.path(), name);
        return row.id();
    }

    @Transactional
    UUID addPhase(UUID planId, PhaseInput input) {
        ScaleUpPlanRecords.PlanRow row =
                records.plan(planId, true).orElseThrow(NotFoundException.of("scaleup.notFound"));
        scopes.require(Permission.PLAN_SCALE_UP, row.unitPath());
        List<FieldProblem> unitProblems = new ArrayList<>();
        List<ScaleUpPlanRecords.PhaseUnit> units = units(row, input.units(), unitProblems);
        Phase phase = row.with(records.phases(planId))
                .addPhase(Ids.newId(), input.name(), input.startsOn(), input.endsOn(), unitProblems);
        records.insertPhase(phase, units, CurrentUser.name(), Instant.now());
        audit.record(
                "SCALEUP_PHASE_ADDED",
                "scaleup-phase",
                phase.id().toString(),
                row.unitId(),
                row.unitPath(),
                phase.name() + " " + phase.startsOn() + "/" + phase.endsOn() + ", " + units.size() + " unit(s)");
        return phase.id();
    }

    /** The phase's units: known P-codes inside the plan's goal unit, each once. */
    private List<ScaleUpPlanRecords.PhaseUnit> units(
            ScaleUpPlanRecords.PlanRow plan, List<String> pcodes, List<FieldProblem> problems) {
        List<String> given = pcodes == null
                ? List.of()
                : pcodes.stream().map(Inputs::trimmed).filter(p -> p != null).toList();
        if (given.isEmpty()) {
            problems.add(new FieldProblem("units", "scaleup.phase.units.required"));
            return List.of();
        }
        if (given.size() > MAX_UNITS) {
            problems.add(new FieldProblem("units", "scaleup.phase.units.tooMany", MAX_UNITS));
            return List.of();
        }
        Map<UUID, ScaleUpPlanRecords.PhaseUnit> units = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "units[" + i + "]";
            List<FieldProblem> own = new ArrayList<>();
            UnitView unit = places.unit(field, given.get(i), true, own);
            problems.addAll(own);
            if (unit != null && !unit.path().startsWith(plan.unitPath())) {
                problems.add(new FieldProblem(field, "scaleup.phase.unit.outsideGoal", unit.name()));
            } else if (unit != null) {
                units.putIfAbsent(unit.id(), new ScaleUpPlanRecords.PhaseUnit(unit.id(), unit.path()));
            }
        }
        return List.copyOf(units.values());
    }
}
