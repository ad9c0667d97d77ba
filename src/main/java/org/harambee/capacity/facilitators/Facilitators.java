package org.harambee.capacity.facilitators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.AccountLookup;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.capacity.internal.Inputs;
import org.harambee.capacity.internal.Places;
import org.harambee.capacity.trainings.CapacityRecordNotFoundException;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.geography.UnitView;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.Partners;
import org.harambee.system.Ids;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitators ({@code MANAGE_TRAININGS} at the unit where they are based to write, {@code VIEW_PROGRAMME} to read):
 * name, sex, from inside or outside the community, organisation, an optional account and phone, their assignments to
 * communities and the trainings they did (derived from the participants of trainings).
 */
@Service
public class Facilitators {

    static final Set<String> SEXES = Set.of("FEMALE", "MALE");

    public record FacilitatorInput(
            String name,
            String sex,
            Boolean insideCommunity,
            String organisationId,
            String username,
            String phone,
            String unit,
            Boolean active) {}

    public record AssignmentInput(String communityId, String startsOn, String endsOn) {}

    private final FacilitatorRecords records;
    private final Places places;
    private final Partners partners;
    private final Communities communities;
    private final AccountLookup accounts;
    private final FacilitatorReading reading;
    private final Scopes scopes;
    private final AuditTrail audit;

    Facilitators(
            FacilitatorRecords records,
            Places places,
            Partners partners,
            Communities communities,
            AccountLookup accounts,
            FacilitatorReading reading,
            Scopes scopes,
            AuditTrail audit) {
        this.records = records;
        this.places = places;
        this.partners = partners;
        this.communities = communities;
        this.accounts = accounts;
        this.reading = reading;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional
    public FacilitatorViews.Facilitator create(FacilitatorInput input, String language) {
        FacilitatorRecords.Row row = checked(Ids.newId(), input);
        records.insert(row);
        // the phone stays out of the audit line: personal data
        audit.record("FACILITATOR_CREATED", "facilitator", row.id().toString(), row.unitId(), row.unitPath(), null);
        return reading.get(row.id(), language);
    }

    @Transactional
    public FacilitatorViews.Facilitator update(UUID id, FacilitatorInput input, String language) {
        writable(id);
        FacilitatorRecords.Row row = checked(id, input);
        records.update(row);
        audit.record("FACILITATOR_UPDATED", "facilitator", id.toString(), row.unitId(), row.unitPath(), null);
        return reading.get(id, language);
    }

    @Transactional
    public FacilitatorViews.Facilitator assign(UUID id, AssignmentInput input, String language) {
        FacilitatorRecords.Row facilitator = writable(id);
        List<FieldProblem> problems = new ArrayList<>();
        UUID communityId = Inputs.id("communityId", input.communityId(), true, problems);
        CommunityRef community =
                communityId == null ? null : communities.find(communityId).orElse(null);
        if (communityId != null && community == null) {
            problems.add(new FieldProblem("communityId", "capacity.community.unknown"));
        } else if (community != null) {
            scopes.require(Permission.MANAGE_TRAININGS, community.unitPath());
        }
        LocalDate startsOn = Inputs.date("startsOn", input.startsOn(), true, problems);
        LocalDate endsOn = Inputs.date("endsOn", input.endsOn(), false, problems);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "capacity.endsOn.beforeStart"));
        }
        if (community != null
                && records.assignments(id).stream()
                        .anyMatch(a -> a.communityId().equals(communityId) && a.endsOn() == null)) {
            problems.add(new FieldProblem("communityId", "capacity.assignment.duplicate"));
        }
        Inputs.refuseIfAny(problems);
        FacilitatorRecords.AssignmentRow row =
                new FacilitatorRecords.AssignmentRow(Ids.newId(), id, communityId, startsOn, endsOn);
        records.insertAssignment(row, community.unitId(), community.unitPath());
        audit.record(
                "FACILITATOR_ASSIGNED",
                "facilitator",
                id.toString(),
                community.unitId(),
                community.unitPath(),
                "community " + communityId);
        return reading.get(facilitator.id(), language);
    }

    private FacilitatorRecords.Row checked(UUID id, FacilitatorInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = Inputs.text("name", input.name(), 200, true, problems);
        String sex = Inputs.trimmed(input.sex());
        if (sex == null || !SEXES.contains(sex)) {
            problems.add(new FieldProblem("sex", "capacity.participant.sex"));
        }
        if (input.insideCommunity() == null) {
            problems.add(new FieldProblem("insideCommunity", "capacity.facilitator.inside.required"));
        }
        UUID organisation = Inputs.id("organisationId", input.organisationId(), false, problems);
        if (organisation != null
                && partners.organisation(organisation)
                        .filter(OrganisationRef::active)
                        .isEmpty()) {
            problems.add(new FieldProblem("organisationId", "capacity.organisation.unknown"));
        }
        String username = Inputs.text("username", input.username(), 64, false, problems);
        if (username != null) {
            username = accounts.byUsername(username).map(a -> a.username()).orElse(null);
            if (username == null) {
                problems.add(new FieldProblem("username", "capacity.participant.account.unknown", input.username()));
            }
        }
        String phone = Inputs.text("phone", input.phone(), 40, false, problems);
        if (phone != null && !phone.matches("\\+?[0-9 ()-]{4,40}")) {
            problems.add(new FieldProblem("phone", "capacity.phone.invalid"));
        }
        UnitView unit = places.unit("unit", input.unit(), problems);
        if (unit != null) {
            scopes.require(Permission.MANAGE_TRAININGS, unit.path());
        }
        Inputs.refuseIfAny(problems);
        return new FacilitatorRecords.Row(
                id,
                name,
                sex,
                input.insideCommunity(),
                organisation,
                username,
                phone,
                unit.id(),
                unit.path(),
                !Boolean.FALSE.equals(input.active()));
    }

    /** Whether the user may change this facilitator and assign them. */
    @Transactional(readOnly = true)
    public boolean canEdit(UUID id) {
        return records.find(id)
                .map(r -> scopes.permits(Permission.MANAGE_TRAININGS, r.unitPath()))
                .orElse(false);
    }

    private FacilitatorRecords.Row writable(UUID id) {
        FacilitatorRecords.Row row = records.find(id).orElseThrow(CapacityRecordNotFoundException::new);
        scopes.require(Permission.MANAGE_TRAININGS, row.unitPath());
        return row;
    }
}
