package org.harambee.capacity.trainings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.capacity.TrainingHeld;
import org.harambee.capacity.internal.Places;
import org.harambee.geography.UnitView;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.Partners;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording trainings ({@code MANAGE_TRAININGS} at the unit where they are held) and reading them ({@code
 * VIEW_PROGRAMME}): title, competencies covered, dates (the end not before the start), place and venue, the trainer
 * organisation, status, and whether participants are assessed against a pass mark.
 */
@Service
public class Trainings {

    private static final Inputs INPUTS = Inputs.keyed("capacity");

    /** What a user enters; dates as year-month-day, competencies by code, the organisation by id. */
    public record TrainingInput(
            String title,
            List<String> competencies,
            String startsOn,
            String endsOn,
            String unit,
            String venue,
            String trainerOrganisationId,
            String status,
            Boolean assessed,
            Integer passMark) {}

    static final int DEFAULT_PASS_MARK = 60;

    private final TrainingRecords records;
    private final TrainingReading reading;
    private final Competencies competencies;
    private final Places places;
    private final Partners partners;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Trainings(
            TrainingRecords records,
            TrainingReading reading,
            Competencies competencies,
            Places places,
            Partners partners,
            Scopes scopes,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.reading = reading;
        this.competencies = competencies;
        this.places = places;
        this.partners = partners;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public TrainingViews.Training create(TrainingInput input, String language) {
        TrainingRecords.Row row = checked(Ids.newId(), input, CurrentUser.name(), Instant.now());
        records.insert(row, competencyIds(input));
        audit.record("TRAINING_CREATED", "training", row.id().toString(), row.unitId(), row.unitPath(), row.title());
        if (row.status() == TrainingStatus.HELD) {
            events.publishEvent(held(row));
        }
        return reading.training(row.id(), language);
    }

    /** Corrects a training; marking it held publishes {@link TrainingHeld} and completes who attended (and passed). */
    @Transactional
    public TrainingViews.Training update(UUID id, TrainingInput input, String language) {
        TrainingRecords.Row current =
                records.lock(id).orElseThrow(NotFoundException.of("problem.capacityRecordNotFound"));
        scopes.require(Permission.MANAGE_TRAININGS, current.unitPath());
        Set<UUID> before = reading.completedIds(id);
        TrainingRecords.Row row = checked(id, input, current.createdBy(), current.createdAt());
        records.update(row, competencyIds(input));
        audit.record(
                "TRAINING_UPDATED",
                "training",
                id.toString(),
                row.unitId(),
                row.unitPath(),
                row.title() + " " + row.status());
        if (row.status() == TrainingStatus.HELD && current.status() != TrainingStatus.HELD) {
            events.publishEvent(held(row));
        }
        reading.publishNewlyCompleted(id, before);
        return reading.training(id, language);
    }

    private TrainingRecords.Row checked(UUID id, TrainingInput input, String createdBy, Instant createdAt) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = INPUTS.text("title", input.title(), 200, true, problems);
        competencies.idsOf(input.competencies(), problems);
        LocalDate startsOn = INPUTS.date("startsOn", input.startsOn(), true, problems);
        LocalDate endsOn = INPUTS.date("endsOn", input.endsOn(), true, problems);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "capacity.endsOn.beforeStart"));
        }
        UnitView unit = places.unit("unit", input.unit(), problems);
        if (unit != null) {
            scopes.require("unit", Permission.MANAGE_TRAININGS, unit.path());
        }
        String venue = INPUTS.text("venue", input.venue(), 200, false, problems);
        UUID trainer = INPUTS.id("trainerOrganisationId", input.trainerOrganisationId(), false, problems);
        if (trainer != null
                && partners.organisation(trainer)
                        .filter(OrganisationRef::active)
                        .isEmpty()) {
            problems.add(new FieldProblem("trainerOrganisationId", "capacity.organisation.unknown"));
        }
        TrainingStatus status = status(input.status(), startsOn, problems);
        boolean assessed = Boolean.TRUE.equals(input.assessed());
        Integer passMark = INPUTS.percent("passMark", input.passMark(), problems);
        Inputs.refuseIfAny(problems);
        return new TrainingRecords.Row(
                id,
                title,
                startsOn,
                endsOn,
                unit.id(),
                unit.path(),
                venue,
                trainer,
                status,
                assessed,
                passMark == null ? DEFAULT_PASS_MARK : passMark,
                createdBy,
                createdAt);
    }

    private static TrainingStatus status(String value, LocalDate startsOn, List<FieldProblem> problems) {
        String text = Inputs.trimmed(value);
        TrainingStatus status;
        try {
            status = text == null ? TrainingStatus.PLANNED : TrainingStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("status", "capacity.status.invalid"));
            return null;
        }
        if (status == TrainingStatus.HELD && startsOn != null && startsOn.isAfter(LocalDate.now())) {
            problems.add(new FieldProblem("status", "capacity.status.heldBeforeStart"));
        }
        return status;
    }

    private List<UUID> competencyIds(TrainingInput input) {
        return competencies.idsOf(input.competencies(), new ArrayList<>());
    }

    private TrainingHeld held(TrainingRecords.Row row) {
        return new TrainingHeld(
                row.id(),
                row.unitId(),
                row.unitPath(),
                records.competencyCodes(row.id()),
                row.startsOn(),
                row.endsOn());
    }

    /** Where the signed-in user may record trainings (for forms). */
    @Transactional(readOnly = true)
    public Scope writable() {
        return scopes.of(Permission.MANAGE_TRAININGS);
    }

    /** Whether the user may change this training (its unit lies where they hold MANAGE_TRAININGS). */
    @Transactional(readOnly = true)
    public boolean canEdit(UUID id) {
        TrainingRecords.Row row = records.find(id).orElseThrow(NotFoundException.of("problem.capacityRecordNotFound"));
        return scopes.permits(Permission.MANAGE_TRAININGS, row.unitPath());
    }
}
