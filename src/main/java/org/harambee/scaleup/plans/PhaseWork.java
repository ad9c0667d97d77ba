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
import org.harambee.scaleup.PhaseStarted;
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
        ScaleUpPlanRecords.PhaseRow phase =
                records.phase(phaseId).orElseThrow(NotFoundException.of("scaleup.notFound"));
        ScaleUpPlanRecords.PlanRow plan =
                records.plan(phase.planId(), true).orElseThrow(NotFoundException.of("scaleup.notFound"));
        scopes.require(Permission.PLAN_SCALE_UP, plan.unitPath());
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = INPUTS.date("startedOn", input.startedOn(), false, problems);
        LocalDate startedOn = on == null ? LocalDate.now() : on;
        if (startedOn.isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("startedOn", "scaleup.date.future"));
        }
        String reason = INPUTS.text("overrideReason", input.overrideReason(), 1000, false, problems);
        if (phase.startedOn() != null) {
            problems.add(new FieldProblem(
                    "phase", "scaleup.phase.started", phase.startedOn().toString()));
        }
        boolean passes = reading.gates(plan, "en").stream()
                .filter(g -> g.phaseId().equals(phaseId))
                .allMatch(PlanViews.Gate::passes);
        if (!passes && reason == null) {
            problems.add(new FieldProblem("gate", "scaleup.phase.gateFails"));
        } else if (!passes && !scopes.permits(Permission.PLAN_SCALE_UP, UnitPaths.country(plan.unitPath()))) {
            problems.add(new FieldProblem("overrideReason", "scaleup.phase.overrideNational"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String overrideReason = passes ? null : reason;
        records.start(phaseId, startedOn, CurrentUser.name(), overrideReason);
        List<UUID> unitIds = records.units(List.of(phaseId)).get(phaseId).stream()
                .map(ScaleUpPlanRecords.PhaseUnit::unitId)
                .toList();
        audit.record(
                overrideReason == null ? "SCALEUP_PHASE_STARTED" : "SCALEUP_PHASE_STARTED_OVERRIDE",
                "scaleup-phase",
                phaseId.toString(),
                plan.unitId(),
                plan.unitPath(),
                overrideReason == null ? phase.name() : phase.name() + ": " + overrideReason);
        events.publishEvent(
                new PhaseStarted(plan.id(), phaseId, plan.unitPath(), unitIds, startedOn, overrideReason != null));
        return plan.id();
    }

    @Transactional
    UUID recordLesson(UUID phaseId, LessonInput input) {
        ScaleUpPlanRecords.PhaseRow phase =
                records.phase(phaseId).orElseThrow(NotFoundException.of("scaleup.notFound"));
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
        ScaleUpPlanRecords.PhaseRow phase =
                records.phase(lesson.phaseId()).orElseThrow(NotFoundException.of("scaleup.notFound"));
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
