package org.harambee.scaleup.plans;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.scaleup.internal.ScaleUpPlaces;
import org.harambee.scaleup.internal.ScaleUpPlaces.Place;
import org.harambee.scaleup.model.Phase;
import org.harambee.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading plans placed inside the reader's area ({@code VIEW_PROGRAMME}), with their phases, lessons and gates. */
@Service
@Transactional(readOnly = true)
class PlanReading {

    private final ScaleUpPlanRecords records;
    private final ScaleUpLessonRecords lessons;
    private final Gates gates;
    private final ScaleUpPlaces places;
    private final Scopes scopes;

    PlanReading(
            ScaleUpPlanRecords records,
            ScaleUpLessonRecords lessons,
            Gates gates,
            ScaleUpPlaces places,
            Scopes scopes) {
        this.records = records;
        this.lessons = lessons;
        this.gates = gates;
        this.places = places;
        this.scopes = scopes;
    }

    /** The plan, when it lies inside the reader's area: 404 when there is none, 403 when outside. */
    ScaleUpPlanRecords.PlanRow row(UUID id) {
        ScaleUpPlanRecords.PlanRow row = records.plan(id, false).orElseThrow(NotFoundException.of("scaleup.notFound"));
        scopes.require(Permission.VIEW_PROGRAMME, row.unitPath());
        return row;
    }

    List<PlanViews.Summary> list(String unit, String language) {
        Scope scope = scopes.of(Permission.VIEW_PROGRAMME);
        List<ScaleUpPlanRecords.PlanRow> rows = records.plans(scope, places.area("unit", unit, scope));
        Map<UUID, Place> units = places.byIds(
                rows.stream().map(ScaleUpPlanRecords.PlanRow::unitId).toList(), language);
        Map<UUID, Integer> counts = records.phaseCounts(
                rows.stream().map(ScaleUpPlanRecords.PlanRow::id).toList());
        return rows.stream()
                .map(r -> new PlanViews.Summary(
                        r.id(), r.name(), r.goalLevel(), units.get(r.unitId()), counts.getOrDefault(r.id(), 0)))
                .toList();
    }

    PlanViews.Plan get(UUID id, String language) {
        ScaleUpPlanRecords.PlanRow plan = row(id);
        List<Phase> phases = records.phases(id);
        List<UUID> phaseIds = phases.stream().map(Phase::id).toList();
        Map<UUID, List<ScaleUpPlanRecords.PhaseUnit>> units = records.units(phaseIds);
        Map<UUID, List<ScaleUpLessonRecords.LessonRow>> lessonRows = lessons.lessons(phaseIds);
        Set<UUID> unitIds = new HashSet<>();
        unitIds.add(plan.unitId());
        units.values().forEach(list -> list.forEach(u -> unitIds.add(u.unitId())));
        Map<UUID, Place> named = places.byIds(unitIds, language);
        List<PlanViews.Phase> views = new java.util.ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            views.add(new PlanViews.Phase(
                    p.id(),
                    i + 1,
                    p.name(),
                    p.startsOn(),
                    p.endsOn(),
                    units.get(p.id()).stream().map(u -> named.get(u.unitId())).toList(),
                    p.startedOn(),
                    p.startedBy(),
                    p.overrideReason(),
                    lessonRows.get(p.id()).stream()
                            .map(l -> new PlanViews.Lesson(
                                    l.id(), l.text(), l.recordedBy(), l.recordedAt(), l.reviewedBy(), l.reviewedAt()))
                            .toList()));
        }
        return new PlanViews.Plan(
                plan.id(),
                plan.name(),
                plan.goalLevel(),
                named.get(plan.unitId()),
                plan.agreementsRequired(),
                views,
                plan.createdBy(),
                plan.createdAt());
    }

    /** Every phase's gate, evaluated now. */
    List<PlanViews.Gate> gates(UUID id, String language) {
        return gates(row(id), language);
    }

    List<PlanViews.Gate> gates(ScaleUpPlanRecords.PlanRow plan, String language) {
        List<Phase> phases = records.phases(plan.id());
        List<UUID> ids = phases.stream().map(Phase::id).toList();
        return gates.evaluate(plan, phases, records.units(ids), lessons.lessons(ids), language);
    }
}
