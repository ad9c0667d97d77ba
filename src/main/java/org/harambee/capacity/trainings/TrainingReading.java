package org.harambee.capacity.trainings;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.AccountLookup;
import org.harambee.access.AccountRef;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.capacity.ParticipantCompleted;
import org.harambee.capacity.internal.Named;
import org.harambee.capacity.internal.Place;
import org.harambee.capacity.internal.Places;
import org.harambee.geography.UnitRef;
import org.harambee.partners.Partners;
import org.harambee.system.InvalidInputException;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Trainings read within the reader's area ({@code VIEW_PROGRAMME}), with their participants and who completed. */
@Service
public class TrainingReading {

    private final TrainingRecords records;
    private final ParticipantRecords participantRecords;
    private final Competencies competencies;
    private final Places places;
    private final Partners partners;
    private final AccountLookup accounts;
    private final Scopes scopes;
    private final ApplicationEventPublisher events;

    TrainingReading(
            TrainingRecords records,
            ParticipantRecords participantRecords,
            Competencies competencies,
            Places places,
            Partners partners,
            AccountLookup accounts,
            Scopes scopes,
            ApplicationEventPublisher events) {
        this.records = records;
        this.participantRecords = participantRecords;
        this.competencies = competencies;
        this.places = places;
        this.partners = partners;
        this.accounts = accounts;
        this.scopes = scopes;
        this.events = events;
    }

    /** Trainings inside your area, newest first; {@code unit} (a P-code) limits them to its subtree. */
    @Transactional(readOnly = true)
    public List<TrainingViews.Summary> list(String unit, String status, int page, int size, String language) {
        return list(unit, status, null, page, size, language);
    }

    /** The same in the order {@code sort} names ({@code starts}, the default, or {@code title}). */
    @Transactional(readOnly = true)
    public List<TrainingViews.Summary> list(
            String unit, String status, String sort, int page, int size, String language) {
        Filter filter = filter(unit, status, sort, language);
        if (filter.nothing()) {
            return List.of();
        }
        List<TrainingRecords.Row> rows =
                records.list(filter.scope(), filter.areaPath(), filter.status(), filter.sort(), page, size);
        Map<UUID, UnitRef> units =
                places.refs(rows.stream().map(TrainingRecords.Row::unitId).toList(), language);
        Map<String, Competencies.Competency> names = competencies.byCode(language);
        return rows.stream()
                .map(r -> new TrainingViews.Summary(
                        r.id(),
                        r.title(),
                        r.startsOn(),
                        r.endsOn(),
                        Place.of(units.get(r.unitId())),
                        r.status(),
                        competencyNames(records.competencyCodes(r.id()), names)))
                .toList();
    }

    /**
     * What a listing asks for: the reader's scope, the subtree of {@code unit} (403 outside the area), a status (an
     * unknown one lists nothing, as it always has) and a sort (an unknown one is a problem named {@code sort}).
     */
    record Filter(Scope scope, String areaPath, TrainingStatus status, boolean nothing, String sort) {}

    Filter filter(String unit, String status, String sort, String language) {
        String sorted = sort == null || sort.isBlank() ? null : sort.trim();
        if (sorted != null && !TrainingRecords.SORTS.containsKey(sorted)) {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldProblem("sort", "export.sort.invalid")));
        }
        String areaPath = null;
        if (unit != null && !unit.isBlank()) {
            areaPath = places.get(unit.trim(), language).path();
            scopes.require(Permission.VIEW_PROGRAMME, areaPath);
        }
        TrainingStatus wanted = null;
        boolean nothing = false;
        if (status != null && !status.isBlank()) {
            try {
                wanted = TrainingStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                nothing = true;
            }
        }
        return new Filter(scopes.of(Permission.VIEW_PROGRAMME), areaPath, wanted, nothing, sorted);
    }

    /** The training with its participants: 404 when there is none, 403 outside your area. */
    @Transactional(readOnly = true)
    public TrainingViews.Training training(UUID id, String language) {
        TrainingRecords.Row r = records.find(id).orElseThrow(NotFoundException.of("problem.capacityRecordNotFound"));
        scopes.require(Permission.VIEW_PROGRAMME, r.unitPath());
        List<ParticipantRecords.Row> rows = participantRecords.of(id);
        Map<String, String> displayNames = accounts
                .byUsernames(rows.stream()
                        .map(ParticipantRecords.Row::username)
                        .filter(u -> u != null)
                        .toList())
                .stream()
                .collect(Collectors.toMap(AccountRef::username, AccountRef::displayName, (a, b) -> a));
        List<TrainingViews.Participant> participants =
                rows.stream().map(p -> participant(r, p, displayNames)).toList();
        Named trainer = r.trainerOrgId() == null
                ? null
                : partners.organisation(r.trainerOrgId())
                        .map(o -> new Named(o.id(), o.name()))
                        .orElse(null);
        return new TrainingViews.Training(
                r.id(),
                r.title(),
                competencyNames(records.competencyCodes(id), competencies.byCode(language)),
                r.startsOn(),
                r.endsOn(),
                ChronoUnit.DAYS.between(r.startsOn(), r.endsOn()) + 1,
                Place.of(places.refs(List.of(r.unitId()), language).get(r.unitId())),
                r.venue(),
                trainer,
                r.status(),
                r.assessed(),
                r.passMark(),
                participants,
                participants.stream()
                        .filter(TrainingViews.Participant::completed)
                        .count(),
                r.createdBy(),
                r.createdAt());
    }

    /** The participants of the training who completed it now. */
    Set<UUID> completedIds(UUID training) {
        TrainingRecords.Row r =
                records.find(training).orElseThrow(NotFoundException.of("problem.capacityRecordNotFound"));
        return participantRecords.of(training).stream()
                .filter(p -> outcome(r, p).completed())
                .map(ParticipantRecords.Row::id)
                .collect(Collectors.toSet());
    }

    /** Publishes {@link ParticipantCompleted} for each participant who completed the training since {@code before}. */
    void publishNewlyCompleted(UUID training, Set<UUID> before) {
        TrainingRecords.Row r =
                records.find(training).orElseThrow(NotFoundException.of("problem.capacityRecordNotFound"));
        List<String> codes = records.competencyCodes(training);
        for (ParticipantRecords.Row p : participantRecords.of(training)) {
            if (!before.contains(p.id()) && outcome(r, p).completed()) {
                events.publishEvent(new ParticipantCompleted(
                        training,
                        p.id(),
                        r.unitId(),
                        r.unitPath(),
                        codes,
                        p.username(),
                        p.facilitatorId(),
                        p.sex(),
                        r.endsOn()));
            }
        }
    }

    static Outcome outcome(TrainingRecords.Row r, ParticipantRecords.Row p) {
        return new Outcome(r.status(), r.assessed(), r.passMark(), p.attended(), p.score());
    }

    private static TrainingViews.Participant participant(
            TrainingRecords.Row r, ParticipantRecords.Row p, Map<String, String> displayNames) {
        Outcome outcome = outcome(r, p);
        return new TrainingViews.Participant(
                p.id(),
                p.username(),
                p.username() == null ? null : displayNames.getOrDefault(p.username(), p.username()),
                p.name(),
                p.sex(),
                p.organisation(),
                p.roleTitle(),
                p.facilitatorId(),
                p.attended(),
                p.daysAttended(),
                p.score(),
                outcome.passed(),
                outcome.completed());
    }

    private static List<TrainingViews.CompetencyName> competencyNames(
            List<String> codes, Map<String, Competencies.Competency> names) {
        return codes.stream()
                .map(c -> new TrainingViews.CompetencyName(
                        c, names.containsKey(c) ? names.get(c).name() : c))
                .toList();
    }
}
