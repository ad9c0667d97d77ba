package org.harambee.partners.adoptions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.harambee.access.AuditTrail;
import org.harambee.geography.UnitView;
import org.harambee.partners.AdoptionStep;
import org.harambee.partners.AdoptionStepRecorded;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.PartnerAdopted;
import org.harambee.partners.internal.Dates;
import org.harambee.partners.internal.OrganisationChoice;
import org.harambee.partners.internal.PartnerPlaces;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.harambee.system.ResultPage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's adoption of the community-led approach in an area: it starts when the organisation is invited,
 * then goes through agreed and trained to supporting, one step at a time, each dated no earlier than the step before
 * and no later than today. Every step publishes {@link AdoptionStepRecorded}; reaching supporting publishes
 * {@link PartnerAdopted}.
 */
@Service
public class AdoptionPipeline {

    /** An invitation: the organisation, the unit (P-code) and the day it was invited. */
    record AdoptionStart(UUID organisationId, String unit, String invitedOn) {}

    /** The next step and its day. */
    record StepInput(String step, String date) {}

    record StepView(AdoptionStep step, LocalDate date) {}

    public record AdoptionView(
            UUID id,
            OrganisationRef organisation,
            PartnerPlaces.Place unit,
            AdoptionStep step,
            List<StepView> steps,
            AdoptionStep nextStep) {

        /** The day of {@code step}, or null when it has not been taken. */
        public LocalDate dateOf(AdoptionStep step) {
            return steps.stream()
                    .filter(s -> s.step() == step)
                    .map(StepView::date)
                    .findFirst()
                    .orElse(null);
        }
    }

    private final AdoptionRecords adoptions;
    private final PartnerPlaces places;
    private final OrganisationChoice organisations;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    AdoptionPipeline(
            AdoptionRecords adoptions,
            PartnerPlaces places,
            OrganisationChoice organisations,
            ApplicationEventPublisher events,
            AuditTrail audit) {
        this.adoptions = adoptions;
        this.places = places;
        this.organisations = organisations;
        this.events = events;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ResultPage<AdoptionView> list(
            String unit, UUID organisationId, AdoptionStep step, int page, int size, String lang) {
        UnitView area = places.area(unit, lang);
        AdoptionRecords.Filter filter =
                new AdoptionRecords.Filter(area == null ? null : area.path(), organisationId, step);
        int pageSize = ResultPage.size(size);
        int from = Math.max(page, 0);
        List<AdoptionRecords.Row> rows = adoptions.list(filter, places.reading(), from, pageSize);
        return new ResultPage<>(views(rows), from, pageSize, adoptions.count(filter, places.reading()));
    }

    @Transactional(readOnly = true)
    AdoptionView get(UUID id) {
        AdoptionRecords.Row row = row(id);
        places.requireRead(row.unitPath());
        return views(List.of(row)).get(0);
    }

    @Transactional
    AdoptionView start(AdoptionStart input, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<UnitView> unit = places.resolve(input.unit(), "unit", problems, language);
        unit.ifPresent(u -> places.requireWrite(u.path(), input.organisationId()));
        organisations.active(input.organisationId(), "organisationId", problems);
        LocalDate invitedOn = Dates.past(input.invitedOn(), "invitedOn", problems);
        if (problems.isEmpty()
                && adoptions.exists(input.organisationId(), unit.get().id())) {
            problems.add(new FieldProblem("unit", "partners.adoption.exists"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UnitView u = unit.get();
        UUID id = Ids.newId();
        adoptions.insert(id, input.organisationId(), u.id(), u.path(), invitedOn);
        published(row(id), AdoptionStep.INVITED, invitedOn);
        return get(id);
    }

    @Transactional
    AdoptionView recordStep(UUID id, StepInput input) {
        AdoptionRecords.Row row = row(id);
        places.requireWrite(row.unitPath(), row.organisationId());
        List<FieldProblem> problems = new ArrayList<>();
        AdoptionStep step = Inputs.parse(AdoptionStep.class, input.step());
        AdoptionStep next = row.step().next();
        if (step == null) {
            problems.add(new FieldProblem("step", "partners.adoption.step.invalid"));
        } else if (next == null) {
            problems.add(new FieldProblem("step", "partners.adoption.step.finished"));
        } else if (step != next) {
            problems.add(outOfOrder(next));
        }
        LocalDate on = Dates.past(input.date(), "date", problems);
        LocalDate previous = row.dateOf(row.step());
        if (on != null && on.isBefore(previous)) {
            problems.add(new FieldProblem("date", "partners.adoption.date.beforePrevious", previous.toString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!adoptions.advance(id, row.step(), on)) {
            throw new InvalidInputException(List.of(outOfOrder(next)));
        }
        published(row(id), step, on);
        return get(id);
    }

    /** The next step is named in the reader's language. */
    private static FieldProblem outOfOrder(AdoptionStep next) {
        return new FieldProblem(
                "step",
                "partners.adoption.step.order",
                new DefaultMessageSourceResolvable("partners.step." + next.name()));
    }

    private void published(AdoptionRecords.Row row, AdoptionStep step, LocalDate on) {
        events.publishEvent(
                new AdoptionStepRecorded(row.id(), row.organisationId(), row.unitId(), row.unitPath(), step, on));
        if (step == AdoptionStep.SUPPORTING) {
            events.publishEvent(new PartnerAdopted(row.id(), row.organisationId(), row.unitId(), row.unitPath(), on));
        }
        audit.record(
                "ADOPTION_" + step.name(),
                "adoption",
                row.id().toString(),
                row.unitId(),
                row.unitPath(),
                row.organisationId() + " " + step + " " + on);
    }

    private AdoptionRecords.Row row(UUID id) {
        return adoptions.find(id).orElseThrow(NotFoundException.of("partners.notFound"));
    }

    List<AdoptionView> views(List<AdoptionRecords.Row> rows) {
        Function<UUID, OrganisationRef> orgs = organisations.refs(
                rows.stream().map(AdoptionRecords.Row::organisationId).toList());
        Function<UUID, PartnerPlaces.Place> units =
                places.names(rows.stream().map(AdoptionRecords.Row::unitId).toList());
        return rows.stream()
                .map(r -> new AdoptionView(
                        r.id(),
                        orgs.apply(r.organisationId()),
                        units.apply(r.unitId()),
                        r.step(),
                        r.dates().entrySet().stream()
                                .map(e -> new StepView(e.getKey(), e.getValue()))
                                .toList(),
                        r.step().next()))
                .toList();
    }
}
