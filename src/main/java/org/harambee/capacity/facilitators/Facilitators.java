package org.harambee.capacity.facilitators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.harambee.access.AccountLookup;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.capacity.internal.Places;
import org.harambee.geography.UnitView;
import org.harambee.partners.OrganisationRef;
import org.harambee.partners.Partners;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitators ({@code MANAGE_TRAININGS} at the unit where they are based to write, {@code VIEW_PROGRAMME} to read):
 * name, sex, from inside or outside the community, organisation, an optional account and phone, their assignments to
 * communities and the trainings they did (derived from the participants of trainings).
 */
@Service
public class Facilitators {

    private static final Inputs INPUTS = Inputs.keyed("capacity");

    /** UNKNOWN for a person named on a community until someone records their sex (decision 0032). */
    static final Set<String> SEXES = Set.of("FEMALE", "MALE", CommunityAssignments.SEX_UNKNOWN);

    public record FacilitatorInput(
            String name,
            String sex,
            Boolean insideCommunity,
            String organisationId,
            String username,
            String phone,
            String unit,
            Boolean active) {}

    private final FacilitatorRecords records;
    private final Places places;
    private final Partners partners;
    private final AccountLookup accounts;
    private final FacilitatorReading reading;
    private final CommunityAssignmentRecords assigned;
    private final Scopes scopes;
    private final AuditTrail audit;

    Facilitators(
            FacilitatorRecords records,
            Places places,
            Partners partners,
            AccountLookup accounts,
            FacilitatorReading reading,
            CommunityAssignmentRecords assigned,
            Scopes scopes,
            AuditTrail audit) {
        this.records = records;
        this.places = places;
        this.partners = partners;
        this.accounts = accounts;
        this.reading = reading;
        this.assigned = assigned;
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

    private FacilitatorRecords.Row checked(UUID id, FacilitatorInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = INPUTS.text("name", input.name(), 200, true, problems);
        String sex = Inputs.trimmed(input.sex());
        if (sex == null || !SEXES.contains(sex)) {
            problems.add(new FieldProblem("sex", "capacity.participant.sex"));
        }
        if (input.insideCommunity() == null) {
            problems.add(new FieldProblem("insideCommunity", "capacity.facilitator.inside.required"));
        }
        UUID organisation = INPUTS.id("organisationId", input.organisationId(), false, problems);
        if (organisation != null
                && partners.organisation(organisation)
                        .filter(OrganisationRef::active)
                        .isEmpty()) {
            problems.add(new FieldProblem("organisationId", "capacity.organisation.unknown"));
        }
        String username = INPUTS.text("username", input.username(), 64, false, problems);
        if (username != null) {
            // an account outside the writer's area is answered as an unknown one: the answer tells nothing of it
            username = accounts.byUsernameWithin(username, scopes.of(Permission.MANAGE_TRAININGS))
                    .map(a -> a.username())
                    .orElse(null);
            if (username == null) {
                problems.add(new FieldProblem("username", "capacity.participant.account.unknown", input.username()));
            }
        }
        String phone = INPUTS.text("phone", input.phone(), 40, false, problems);
        if (phone != null && !phone.matches("\\+?[0-9 ()-]{4,40}")) {
            problems.add(new FieldProblem("phone", "capacity.phone.invalid"));
        }
        UnitView unit = places.unit("unit", input.unit(), problems);
        if (unit != null) {
            scopes.require("unit", Permission.MANAGE_TRAININGS, unit.path());
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

    /**
     * The person of the register a name means at a place, as a community's facilitators are found (decision 0032): the
     * same name (case aside) inside the place's district; an active person first, then the one registered first.
     */
    public Optional<UUID> samePerson(String name, String placePath) {
        return assigned.samePerson(name, placePath);
    }

    /** Whether the user may change this facilitator and assign them. */
    @Transactional(readOnly = true)
    public boolean canEdit(UUID id) {
        return records.find(id)
                .map(r -> scopes.permits(Permission.MANAGE_TRAININGS, r.unitPath()))
                .orElse(false);
    }

    private FacilitatorRecords.Row writable(UUID id) {
        FacilitatorRecords.Row row =
                records.find(id).orElseThrow(NotFoundException.of("problem.capacityRecordNotFound"));
        scopes.require(Permission.MANAGE_TRAININGS, row.unitPath());
        return row;
    }
}
