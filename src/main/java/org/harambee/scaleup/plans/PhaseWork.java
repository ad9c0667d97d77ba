package org.harambee.scaleup.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.access.UnitPaths;
import org.harambee.scaleup.model.Phase;
import org.harambee.scaleup.model.ScaleUpPlan;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a phase once planned ({@code PLAN_SCALE_UP} at the plan's goal unit): lessons learned recorded and
 * reviewed, and the start of the phase, allowed when its gate passes, or, with a recorded reason, by someone who plans
 * for the whole country (a national coordinator).
 */
@Service
class PhaseWork {

    private static final Inputs INPUTS = Inputs.keyed("scaleup");

    record StartInput(String startedOn, String overrideReason) {}

    record LessonInput(String text) {}

    private final ScaleUpPlanRecords records;
    private final ScaleUpLessonRecords lessons;
    private final PlanReading reading;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PhaseWork(
            ScaleUpPlanRecords records,
            ScaleUpLessonRecords lessons,
            PlanReading reading,
            Scopes scopes,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.lessons = lessons;
        this.reading = reading;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    UUID start(UUID phaseId, StartInput input) {
        Phase phase = records.phase(phaseId).orElseThrow(NotFoundException.of("scaleup.notFound"));
        ScaleUpPlanRecords.PlanRow row =
                records.plan(phase.planId(), true).orElseThrow(NotFoundException.of("scaleup.notFound"));
        scopes.require(Permission.PLAN_SCALE_UP, row.unitPath());
        boolean passes = reading.gates(row, "en").stream()
                .filter(g -> g.phaseId().equals(phaseId))
                .allMatch(PlanViews.Gate::passes);
        boolean national = scopes.permits(Permission.PLAN_SCALE_UP, UnitPaths.country(row.unitPath()));
        List<UUID> unitIds = records.units(List.of(phaseId)).get(phaseId).stream()
                .map(ScaleUpPlanRecords.PhaseUnit::unitId)
                .toList();
        ScaleUpPlan.Start start = row.with(records.phases(row.id()))
                .start(
                        phaseId,
                        input.startedOn(),
                        input.overrideReason(),
                        passes,
                        national,
                        unitIds,
                        CurrentUser.name(),
                        LocalDate.now());
        records.start(start.phase());
        audit.record(
                start.overridden() ? "SCALEUP_PHASE_STARTED_OVERRIDE" : "SCALEUP_PHASE_STARTED",
                "scaleup-phase",
                phaseId.toString(),
                row.unitId(),
                row.unitPath(),
                start.overridden() ? phase.name() + ": " + start.phase().overrideReason() : phase.name());
        events.publishEvent(start.event());
        return row.id();
    }

    @Transactional
    UUID recordLesson(UUID phaseId, LessonInput input) {
        Phase phase = records.phase(phaseId).orElseThrow(NotFoundException.of("scaleup.notFound"));
        ScaleUpPlanRecords.PlanRow plan =
                records.plan(phase.planId(), false).orElseThrow(NotFoundException.of("scaleup.notFound"));
        scopes.require(Permission.PLAN_SCALE_UP, plan.unitPath());
        List<FieldProblem> problems = new ArrayList<>();
        String text = INPUTS.text("text", input.text(), 2000, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var row = new ScaleUpLessonRecords.LessonRow(
                Ids.newId(), phaseId, text, CurrentUser.name(), Instant.now(), null, null);
        lessons.insertLesson(row);
        audit.record(
                "SCALEUP_LESSON_RECORDED",
                "scaleup-lesson",
                row.id().toString(),
                plan.unitId(),
                plan.unitPath(),
                phase.name());
        return plan.id();
    }

    /** Marks a lesson reviewed; reviewing it again changes nothing. */
    @Transactional
    UUID review(UUID lessonId) {
        ScaleUpLessonRecords.LessonRow lesson =
                lessons.lesson(lessonId).orElseThrow(NotFoundException.of("scaleup.notFound"));
        Phase phase = records.phase(lesson.phaseId()).orElseThrow(NotFoundException.of("scaleup.notFound"));
        ScaleUpPlanRecords.PlanRow plan =
                records.plan(phase.planId(), false).orElseThrow(NotFoundException.of("scaleup.notFound"));
        scopes.require(Permission.PLAN_SCALE_UP, plan.unitPath());
        if (lesson.reviewedAt() == null) {
            lessons.review(lessonId, CurrentUser.name(), Instant.now());
            audit.record(
                    "SCALEUP_LESSON_REVIEWED",
                    "scaleup-lesson",
                    lessonId.toString(),
                    plan.unitId(),
                    plan.unitPath(),
                    phase.name());
        }
        return plan.id();
    }
}
