package org.harambee.referrals.servicepoints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.referrals.ServicePointRegistered;
import org.harambee.referrals.ServicePoints;
import org.harambee.system.Ids;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the register of service points ({@link Permission#MANAGE_SERVICES} over the unit and area): adding one,
 * correcting it, taking it out of the pathway (deactivating) and back. A correction may not leave a route of the
 * pathway at a unit the service point no longer serves, nor officers at a service point off the platform or at a unit
 * where they hold no eligible role.
 */
@Service
class ServicePointRegister {

    private final ServicePointRecords records;
    private final PathwayRoutes routes;
    private final ServicePointChecks checks;
    private final ServicePointReading reading;
    private final ServicePoints servicePoints;
    private final OfficerCandidates candidates;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ServicePointRegister(
            ServicePointRecords records,
            PathwayRoutes routes,
            ServicePointChecks checks,
            ServicePointReading reading,
            ServicePoints servicePoints,
            OfficerCandidates candidates,
            Scopes scopes,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.routes = routes;
        this.checks = checks;
        this.reading = reading;
        this.servicePoints = servicePoints;
        this.candidates = candidates;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    ServicePointViews.ServicePoint create(ServicePointInput input, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        ServicePointRecords.Details details = checks.details(null, input, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id;
        try {
            id = register(details, CurrentUser.name());
        } catch (DuplicateKeyException e) {
            throw nameTaken();
        }
        return reading.view(records.find(id).orElseThrow(), language);
    }

    @Transactional
    ServicePointViews.ServicePoint update(UUID id, ServicePointInput input, String language) {
        ServicePointRecords.Row before = managed(id);
        List<FieldProblem> problems = new ArrayList<>();
        ServicePointRecords.Details details = checks.details(id, input, problems);
        correctionProblems(before, details, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            correct(before, details, CurrentUser.name());
        } catch (DuplicateKeyException e) {
            throw nameTaken();
        }
        return reading.view(records.find(id).orElseThrow(), language);
    }

    /**
     * Writes a new service point whose details are checked, with its event and its audit line: the form's and the
     * API's and the import's ({@link ServicePointImport}) alike.
     */
    UUID register(ServicePointRecords.Details details, String user) {
        UUID id = Ids.newId();
        records.insert(id, details, user, Instant.now());
        events.publishEvent(new ServicePointRegistered(
                id, details.category(), details.unitId(), details.unitPath(), details.onPlatform()));
        audit.recordAs(
                user,
                "SERVICE_POINT_CREATED",
                "service_point",
                id.toString(),
                details.unitId(),
                details.unitPath(),
                details.category().name());
        return id;
    }

    /**
     * What keeps the stored service point {@code before} from taking these checked details: routes of the pathway left
     * at units it would no longer serve, officers at a service point taken off the platform or moved where they hold
     * no eligible role.
     */
    void correctionProblems(
            ServicePointRecords.Row before, ServicePointRecords.Details details, List<FieldProblem> problems) {
        UUID id = before.id();
        if (details.unitPath() != null && !details.areas().isEmpty()) {
            List<String> stranded = routes.naming(id).stream()
                    .filter(r -> !serves(details, r.unitPath()))
                    .map(r -> r.category().name())
                    .distinct()
                    .toList();
            if (!stranded.isEmpty()) {
                problems.add(new FieldProblem("areas", "servicePoints.areas.routesLeft", stranded.size()));
            }
        }
        List<String> officers = servicePoints.officers(id);
        if (!details.onPlatform() && !officers.isEmpty()) {
            problems.add(new FieldProblem("onPlatform", "servicePoints.onPlatform.hasOfficers"));
        } else if (details.unitPath() != null && !details.unitPath().equals(before.unitPath())) {
            candidates
                    .notEligible(officers, details.unitPath())
                    .forEach(u -> problems.add(new FieldProblem("unit", "servicePoints.unit.officerNotEligible", u)));
        }
    }

    /** Writes checked details (see {@link #correctionProblems}) over the stored service point {@code before}, locked. */
    void correct(ServicePointRecords.Row before, ServicePointRecords.Details details, String user) {
        UUID id = before.id();
        records.update(id, details, Instant.now());
        audit.recordAs(
                user,
                "SERVICE_POINT_UPDATED",
                "service_point",
                id.toString(),
                details.unitId(),
                details.unitPath(),
                before.unitId().equals(details.unitId()) ? null : "moved from " + before.unitPath());
    }

    /** Takes the service point out of the pathway: routes to it are skipped until it is reactivated. */
    @Transactional
    ServicePointViews.ServicePoint deactivate(UUID id, String language) {
        return setActive(id, false, "SERVICE_POINT_DEACTIVATED", language);
    }

    @Transactional
    ServicePointViews.ServicePoint reactivate(UUID id, String language) {
        return setActive(id, true, "SERVICE_POINT_REACTIVATED", language);
    }

    private ServicePointViews.ServicePoint setActive(UUID id, boolean active, String action, String language) {
        ServicePointRecords.Row row = managed(id);
        if (row.active() != active) {
            records.setActive(id, active, Instant.now());
            audit.record(action, "service_point", id.toString(), row.unitId(), row.unitPath(), null);
        }
        return reading.view(records.find(id).orElseThrow(), language);
    }

    /** The service point, locked, when the user manages its unit and every unit of its area: 404 or 403 otherwise. */
    ServicePointRecords.Row managed(UUID id) {
        ServicePointRecords.Row row =
                records.lock(id).orElseThrow(NotFoundException.of("problem.servicePointNotFound"));
        scopes.require(Permission.MANAGE_SERVICES, row.unitPath());
        records.areas(id).forEach(a -> scopes.require(Permission.MANAGE_SERVICES, a.unitPath()));
        return row;
    }

    /** Another user gave the same name at the same unit at the same moment: the unique key says so. */
    private static InvalidInputException nameTaken() {
        return new InvalidInputException(List.of(new FieldProblem("name", "servicePoints.name.takenJustNow")));
    }

    /** Whether a service point with these details serves the unit at {@code path}, as {@link ServicePoints} reads. */
    static boolean serves(ServicePointRecords.Details details, String path) {
        return path.startsWith(details.unitPath())
                || details.areas().stream().anyMatch(a -> path.startsWith(a.unitPath()));
    }
}
