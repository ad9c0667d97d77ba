package org.harambee.partners.presence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.geography.UnitView;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.internal.Dates;
import org.harambee.partners.internal.OrganisationChoice;
import org.harambee.partners.internal.PartnerPlaces;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.harambee.system.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who does what where: an organisation present in a unit, in a sector, from a start date to an optional end. A row
 * is read within the reader's scope and written within the writer's, by its unit; its organisation and unit are fixed
 * once recorded (a row in the wrong place is deleted). The same organisation, unit and sector cannot have two rows
 * whose periods overlap.
 */
@Service
public class PresenceRecording {

    /** A new row; {@code unit} is a P-code, {@code sector} one of {@link Sector}, dates ISO. */
    record PresenceInput(UUID organisationId, String unit, String sector, String startDate, String endDate) {}

    /** What may change of a row. */
    record PresenceChange(String sector, String startDate, String endDate) {}

    public record PresenceView(
            UUID id,
            OrganisationRef organisation,
            PartnerPlaces.Place unit,
            Sector sector,
            LocalDate startDate,
            LocalDate endDate,
            boolean current) {}

    /** What to list: a subtree (P-code), one organisation, one sector, only the rows current today. */
    public record PresenceQuery(String unit, UUID organisationId, Sector sector, boolean currentOnly) {}

    private final PresenceRecords presences;
    private final PartnerPlaces places;
    private final OrganisationChoice organisations;
    private final AuditTrail audit;

    PresenceRecording(
            PresenceRecords presences, PartnerPlaces places, OrganisationChoice organisations, AuditTrail audit) {
        this.presences = presences;
        this.places = places;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ResultPage<PresenceView> list(PresenceQuery query, int page, int size, String language) {
        UnitView area = places.area(query.unit(), language);
        PresenceRecords.Filter filter = new PresenceRecords.Filter(
                area == null ? null : area.path(),
                query.organisationId(),
                query.sector(),
                query.currentOnly() ? LocalDate.now() : null);
        int pageSize = ResultPage.size(size);
        int from = Math.max(page, 0);
        List<PresenceRecords.Row> rows = presences.list(filter, places.reading(), from, pageSize);
        return new ResultPage<>(views(rows), from, pageSize, presences.count(filter, places.reading()));
    }

    @Transactional(readOnly = true)
    PresenceView get(UUID id) {
        PresenceRecords.Row row = row(id);
        places.requireRead(row.unitPath());
        return views(List.of(row)).get(0);
    }

    /** The row, for a form that changes it: 403 outside the writer's scope. */
    @Transactional(readOnly = true)
    PresenceView editable(UUID id) {
        PresenceRecords.Row row = row(id);
        places.requireWrite(row.unitPath(), row.organisationId());
        return views(List.of(row)).get(0);
    }

    @Transactional
    PresenceView create(PresenceInput input, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<UnitView> unit = places.resolve(input.unit(), "unit", problems, language);
        unit.ifPresent(u -> places.requireWrite(u.path(), input.organisationId()));
        organisations.active(input.organisationId(), "organisationId", problems);
        Period period = period(input.sector(), input.startDate(), input.endDate(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UnitView u = unit.orElseThrow();
        PresenceRecords.Row row = new PresenceRecords.Row(
                Ids.newId(), input.organisationId(), u.id(), u.path(), period.sector(), period.start(), period.end());
        add(row, CurrentUser.name());
        return get(row.id());
    }

    @Transactional
    PresenceView update(UUID id, PresenceChange change) {
        PresenceRecords.Row before = row(id);
        places.requireWrite(before.unitPath(), before.organisationId());
        List<FieldProblem> problems = new ArrayList<>();
        Period period = period(change.sector(), change.startDate(), change.endDate(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PresenceRecords.Row after = new PresenceRecords.Row(
                id,
                before.organisationId(),
                before.unitId(),
                before.unitPath(),
                period.sector(),
                period.start(),
                period.end());
        change(after, CurrentUser.name());
        return get(id);
    }

    /**
     * Writes a new row whose organisation, place and period are checked, refusing one that overlaps a stored row of
     * the same organisation, unit and sector, with its audit line: the form's, the API's and the import's
     * ({@link PresenceImport}) alike.
     */
    void add(PresenceRecords.Row row, String user) {
        refuseOverlap(row);
        presences.insert(row);
        record(user, "PRESENCE_CREATED", row);
    }

    /** Writes a stored row's checked sector and period ({@code after}), refusing an overlap, with its audit line. */
    void change(PresenceRecords.Row after, String user) {
        refuseOverlap(after);
        presences.update(after.id(), after.sector(), after.startDate(), after.endDate());
        record(user, "PRESENCE_UPDATED", after);
    }

    @Transactional
    void delete(UUID id) {
        PresenceRecords.Row row = row(id);
        places.requireWrite(row.unitPath(), row.organisationId());
        presences.delete(id);
        record(CurrentUser.name(), "PRESENCE_DELETED", row);
    }

    /** A sector and a period as checked; a part with a problem is null. */
    record Period(Sector sector, LocalDate start, LocalDate end) {}

    /** The sector and period entered, checked: problems on {@code sector}, {@code startDate} and {@code endDate}. */
    static Period period(String sectorCode, String start, String end, List<FieldProblem> problems) {
        Sector sector = Inputs.parse(Sector.class, sectorCode);
        if (sector == null) {
            problems.add(new FieldProblem("sector", "partners.sector.invalid"));
        }
        LocalDate from = Dates.parse(start, "startDate", true, problems);
        LocalDate to = Dates.parse(end, "endDate", false, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("endDate", "partners.presence.endBeforeStart"));
        }
        return new Period(sector, from, to);
    }

    private void refuseOverlap(PresenceRecords.Row row) {
        if (presences.overlaps(row)) {
            throw new InvalidInputException(List.of(new FieldProblem("startDate", "partners.presence.overlap")));
        }
    }

    private PresenceRecords.Row row(UUID id) {
        return presences.find(id).orElseThrow(NotFoundException.of("partners.notFound"));
    }

    List<PresenceView> views(List<PresenceRecords.Row> rows) {
        Function<UUID, OrganisationRef> orgs = organisations.refs(
                rows.stream().map(PresenceRecords.Row::organisationId).toList());
        Function<UUID, PartnerPlaces.Place> units =
                places.names(rows.stream().map(PresenceRecords.Row::unitId).toList());
        LocalDate today = LocalDate.now();
        return rows.stream()
                .map(r -> new PresenceView(
                        r.id(),
                        orgs.apply(r.organisationId()),
                        units.apply(r.unitId()),
                        r.sector(),
                        r.startDate(),
                        r.endDate(),
                        !r.startDate().isAfter(today)
                                && (r.endDate() == null || !r.endDate().isBefore(today))))
                .toList();
    }

    private void record(String user, String action, PresenceRecords.Row row) {
        audit.recordAs(
                user,
                action,
                "presence",
                row.id().toString(),
                row.unitId(),
                row.unitPath(),
                row.organisationId() + " " + row.sector() + " " + row.startDate() + ".."
                        + (row.endDate() == null ? "" : row.endDate()));
    }
}
