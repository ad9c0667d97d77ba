package org.harambee.scaleup.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.agreements.Agreements;
import org.harambee.capacity.DistrictReadiness;
import org.harambee.capacity.Readiness;
import org.harambee.capacity.ReadinessCheck;
import org.harambee.scaleup.internal.ScaleUpPlaces;
import org.harambee.scaleup.internal.ScaleUpPlaces.Place;
import org.harambee.scaleup.model.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evaluates a phase's gate live, nothing stored: for each of its units, the readiness (capacity module) and the
 * agreements in force within it (agreements module); for the phase, the previous phase's lessons all reviewed (and at
 * least one recorded). When another module cannot answer, its criterion counts as not met and says so, so that a gate
 * never passes on missing information and a page never fails because of it.
 */
@Component
class Gates {

    private static final Logger log = LoggerFactory.getLogger(Gates.class);

    private final Readiness readiness;
    private final Agreements agreements;
    private final ScaleUpPlaces places;

    Gates(Readiness readiness, Agreements agreements, ScaleUpPlaces places) {
        this.readiness = readiness;
        this.agreements = agreements;
        this.places = places;
    }

    /** The gates of every phase of the plan, in the phases' order. */
    List<PlanViews.Gate> evaluate(
            ScaleUpPlanRecords.PlanRow plan,
            List<Phase> phases,
            Map<UUID, List<ScaleUpPlanRecords.PhaseUnit>> units,
            Map<UUID, List<ScaleUpLessonRecords.LessonRow>> lessons,
            String language) {
        Map<UUID, Place> named = places.byIds(
                units.values().stream()
                        .flatMap(List::stream)
                        .map(ScaleUpPlanRecords.PhaseUnit::unitId)
                        .toList(),
                language);
        List<PlanViews.Gate> gates = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            PlanViews.LessonsCheck lessonCheck = i == 0
                    ? new PlanViews.LessonsCheck(false, null, 0, 0, true)
                    : lessons(
                            phases.get(i - 1),
                            lessons.getOrDefault(phases.get(i - 1).id(), List.of()));
            List<PlanViews.UnitGate> unitGates = units.getOrDefault(phase.id(), List.of()).stream()
                    .map(u -> unit(u, named.get(u.unitId()), plan.agreementsRequired()))
                    .toList();
            boolean passes = lessonCheck.met() && unitGates.stream().allMatch(PlanViews.UnitGate::passes);
            gates.add(new PlanViews.Gate(phase.id(), i + 1, phase.name(), passes, unitGates, lessonCheck));
        }
        return gates;
    }

    private PlanViews.UnitGate unit(ScaleUpPlanRecords.PhaseUnit unit, Place place, int required) {
        DistrictReadiness ready = null;
        try {
            ready = readiness.evaluate(unit.unitId());
        } catch (RuntimeException e) {
            log.warn("Readiness of unit {} could not be evaluated: {}", unit.unitId(), e.toString());
        }
        Integer inForce = null;
        try {
            inForce = agreements.inForceWithin(unit.unitPath()).size();
        } catch (RuntimeException e) {
            log.warn("Agreements within unit {} could not be read: {}", unit.unitId(), e.toString());
        }
        List<ReadinessCheck> unmet = ready == null || ready.checks() == null
                ? List.of()
                : ready.checks().stream().filter(c -> !c.met()).toList();
        boolean isReady = ready != null && ready.ready();
        boolean agreementsMet = inForce != null && inForce >= required;
        return new PlanViews.UnitGate(
                place,
                ready != null,
                isReady,
                unmet,
                inForce != null,
                inForce == null ? 0 : inForce,
                required,
                isReady && agreementsMet);
    }

    private static PlanViews.LessonsCheck lessons(Phase previous, List<ScaleUpLessonRecords.LessonRow> lessons) {
        int reviewed =
                (int) lessons.stream().filter(l -> l.reviewedAt() != null).count();
        return new PlanViews.LessonsCheck(
                true, previous.name(), lessons.size(), reviewed, !lessons.isEmpty() && reviewed == lessons.size());
    }
}
