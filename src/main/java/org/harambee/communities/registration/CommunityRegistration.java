package org.harambee.communities.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.CommunityFacilitators;
import org.harambee.communities.CommunityMoved;
import org.harambee.communities.CommunityOriginChanged;
import org.harambee.communities.Origin;
import org.harambee.communities.internal.CommunityDirectory;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.communities.internal.CommunityViews;
import org.harambee.communities.internal.RequestStatus;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.Partners;
import org.harambee.system.DeploymentZone;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering a community and correcting its details ({@link Permission#MANAGE_COMMUNITIES} at its unit): a unit of
 * the lowest level, population estimates, adult facilitators (assigned in the register of facilitators through
 * {@link CommunityFacilitators}, in the same transaction), the supporting partner, and its origin with the neighbour it
 * heard from. A community that asked to start waits in its district's backlog.
 */
@Service
public class CommunityRegistration {

    private static final Inputs INPUTS = Inputs.keyed("communities");

    public static final int MAX_FACILITATORS = 20;

    /** An adult who facilitates, from inside the community or from outside; never a child. */
    record FacilitatorInput(String name, Boolean insideCommunity) {}

    /** What a user enters; {@code unit} is a P-code, {@code origin} an {@link Origin} name. */
    record CommunityInput(
            String name,
            String unit,
            Long populationTotal,
            Long populationChildren,
            List<FacilitatorInput> facilitators,
            UUID partnerId,
            String origin,
            UUID sourceCommunityId) {}

    private final CommunityRecords records;
    private final CommunityDirectory directory;
    private final Geography geography;
    private final Partners partners;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DeploymentZone zone;
    private final CommunityFacilitators facilitators;

    CommunityRegistration(
            CommunityRecords records,
            CommunityDirectory directory,
            Geography geography,
            Partners partners,
            Scopes scopes,
            AuditTrail audit,
            ApplicationEventPublisher events,
            DeploymentZone zone,
            CommunityFacilitators facilitators) {
        this.records = records;
        this.directory = directory;
        this.geography = geography;
        this.partners = partners;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.zone = zone;
        this.facilitators = facilitators;
    }

    @Transactional
    CommunityViews.Community create(CommunityInput input, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        CommunityRecords.Details details = details(null, null, input, problems);
        List<CommunityFacilitators.NamedFacilitator> named = named(input.facilitators(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = register(details, named, CurrentUser.name());
        return directory.get(id, language);
    }

    @Transactional
    CommunityViews.Community update(UUID id, CommunityInput input, String language) {
        CommunityRecords.Row before = records.lock(id).orElseThrow(NotFoundException.of("problem.communityNotFound"));
        scopes.require(Permission.MANAGE_COMMUNITIES, before.unitPath());
        List<FieldProblem> problems = new ArrayList<>();
        CommunityRecords.Details details = details(id, before.unitId(), input, problems);
        List<CommunityFacilitators.NamedFacilitator> named = named(input.facilitators(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        correct(before, details, input.facilitators() == null ? null : named, CurrentUser.name());
        return directory.get(id, language);
    }

    /**
     * Writes a new community whose details are checked, with its facilitators, its event and its audit line: the
     * form's and the API's registration alike; an import writes its new communities in batches by the same rules
     * ({@link BatchRegistration}).
     */
    public UUID register(
            CommunityRecords.Details details, List<CommunityFacilitators.NamedFacilitator> named, String user) {
        UUID id = Ids.newId();
        Instant now = Instant.now();
        LocalDate today = zone.today();
        boolean asked = details.origin().asked();
        records.insert(id, details, asked ? RequestStatus.REQUESTED : null, asked ? today : null, user, now);
        if (!named.isEmpty()) {
            facilitators.assign(details.ref(id, null, null), named, today);
        }
        events.publishEvent(details.registered(id, today));
        audit.recordAs(
                user, "COMMUNITY_CREATED", "community", id.toString(), details.unitId(), details.unitPath(), null);
        return id;
    }

    /**
     * Writes checked details over a stored community ({@code before}, locked), its facilitators when {@code named} is
     * not {@code null}, its events and its audit line.
     */
    public void correct(
            CommunityRecords.Row before,
            CommunityRecords.Details details,
            List<CommunityFacilitators.NamedFacilitator> named,
            String user) {
        UUID id = before.id();
        Instant now = Instant.now();
        records.update(id, details, now);
        if (named != null) {
            facilitators.assign(details.ref(id, before.currentPhase(), before.phaseSince()), named, zone.today());
        }
        if (before.currentPhase() == null) {
            if (details.origin().asked() && before.requestStatus() == null) {
                records.markRequested(id, LocalDate.now(), now);
            } else if (!details.origin().asked() && before.requestStatus() == RequestStatus.REQUESTED) {
                records.setRequest(id, null, null, null, null, now);
            }
        }
        if (!details.unitId().equals(before.unitId())) {
            events.publishEvent(
                    new CommunityMoved(id, before.unitId(), before.unitPath(), details.unitId(), details.unitPath()));
        }
        if (details.origin() != before.origin()) {
            events.publishEvent(new CommunityOriginChanged(id, details.unitPath(), before.origin(), details.origin()));
        }
        audit.recordAs(
                user, "COMMUNITY_UPDATED", "community", id.toString(), details.unitId(), details.unitPath(), null);
    }

    /**
     * The checked details; the unit must lie inside the user's area (403 otherwise) and be of the lowest level, unless
     * it is the one the community is at already ({@code currentUnitId}).
     */
    private CommunityRecords.Details details(
            UUID id, UUID currentUnitId, CommunityInput input, List<FieldProblem> problems) {
        String name = INPUTS.text("name", input.name(), 200, true, problems);
        UnitView unit = unit(input.unit(), currentUnitId, problems);
        if (unit != null && name != null && records.nameTaken(unit.id(), name, id)) {
            problems.add(new FieldProblem("name", "communities.name.taken", unit.name()));
        }
        Long total = population("populationTotal", input.populationTotal(), problems);
        Long children = population("populationChildren", input.populationChildren(), problems);
        if (total != null && children != null && children > total) {
            problems.add(new FieldProblem("populationChildren", "communities.populationChildren.moreThanTotal"));
        }
        if (input.partnerId() != null) {
            OrganisationRef partner = partners.organisation(input.partnerId()).orElse(null);
            if (partner == null) {
                problems.add(new FieldProblem("partnerId", "communities.partner.unknown"));
            } else if (!partner.active()) {
                problems.add(new FieldProblem("partnerId", "communities.partner.inactive", partner.label()));
            }
        }
        Origin origin = Origin.parse(input.origin());
        if (origin == null) {
            problems.add(new FieldProblem("origin", "communities.origin.invalid"));
        }
        UUID source = input.sourceCommunityId();
        if (origin == Origin.NEIGHBOUR_REQUEST) {
            if (source == null) {
                problems.add(new FieldProblem("sourceCommunityId", "communities.source.required"));
            } else if (source.equals(id)) {
                problems.add(new FieldProblem("sourceCommunityId", "communities.source.self"));
            } else if (!records.find(source)
                    .map(s -> directory.scope().covers(s.unitPath()))
                    .orElse(false)) {
                problems.add(new FieldProblem("sourceCommunityId", "communities.source.unknown"));
            }
        } else if (origin != null && source != null) {
            problems.add(new FieldProblem("sourceCommunityId", "communities.source.onlyForNeighbourRequest"));
        }
        return new CommunityRecords.Details(
                name,
                unit == null ? null : unit.id(),
                unit == null ? null : unit.path(),
                total,
                children,
                input.partnerId(),
                origin,
                origin == Origin.NEIGHBOUR_REQUEST ? source : null);
    }

    private UnitView unit(String pcode, UUID currentUnitId, List<FieldProblem> problems) {
        String code = Inputs.trimmed(pcode);
        if (code == null) {
            problems.add(new FieldProblem("unit", "communities.unit.required"));
            return null;
        }
        UnitView unit = geography.find(code, "en").orElse(null);
        if (unit == null) {
            problems.add(new FieldProblem("unit", "communities.unit.unknown", code));
            return null;
        }
        scopes.require("unit", Permission.MANAGE_COMMUNITIES, unit.path());
        if (unit.childCount() > 0 && !unit.id().equals(currentUnitId)) {
            problems.add(new FieldProblem("unit", "communities.unit.notLowest", unit.pcode(), unit.name()));
            return null;
        }
        return unit;
    }

    private static Long population(String field, Long value, List<FieldProblem> problems) {
        if (value != null && value < 0) {
            problems.add(new FieldProblem(field, "communities.count.negative"));
        }
        return value;
    }

    private static List<CommunityFacilitators.NamedFacilitator> named(
            List<FacilitatorInput> inputs, List<FieldProblem> problems) {
        List<CommunityFacilitators.NamedFacilitator> facilitators = new ArrayList<>();
        if (inputs == null) {
            return facilitators;
        }
        if (inputs.size() > MAX_FACILITATORS) {
            problems.add(new FieldProblem("facilitators", "communities.facilitators.tooMany", MAX_FACILITATORS));
            return facilitators;
        }
        for (int i = 0; i < inputs.size(); i++) {
            FacilitatorInput f = Objects.requireNonNullElse(inputs.get(i), new FacilitatorInput(null, null));
            String name = INPUTS.text("facilitators[" + i + "].name", f.name(), 200, true, problems);
            if (name != null) {
                facilitators.add(
                        new CommunityFacilitators.NamedFacilitator(name, Boolean.TRUE.equals(f.insideCommunity())));
            }
        }
        return facilitators;
    }
}
