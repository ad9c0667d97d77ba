package org.harambee.agreements.parts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.agreements.internal.AgreementInputs;
import org.harambee.agreements.internal.AgreementRecords;
import org.harambee.agreements.internal.CommitmentStatus;
import org.harambee.agreements.internal.StepKind;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording what belongs to an agreement until it ends: signatories of its parties, the brokering steps, and
 * commitments, each owned by one of its parties (a commitment of someone who is not a party binds nobody).
 */
@Service
public class AgreementParts {

    private static final Inputs INPUTS = Inputs.keyed("agreements").choiceKey("agreements.choose.missing");

    private final AgreementRecords records;
    private final PartRecords parts;
    private final Scopes scopes;
    private final AuditTrail audit;

    AgreementParts(AgreementRecords records, PartRecords parts, Scopes scopes, AuditTrail audit) {
        this.records = records;
        this.parts = parts;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional
    public UUID addSignatory(UUID agreementId, AgreementInputs.SignatoryInput input) {
        AgreementRecords.Row row = open(agreementId);
        List<FieldProblem> problems = new ArrayList<>();
        party("partyId", agreementId, input.partyId(), problems);
        String name = INPUTS.text("name", input.name(), 200, true, problems);
        String title = INPUTS.text("title", input.title(), 200, false, problems);
        LocalDate signedOn = INPUTS.pastDate("signedOn", input.signedOn(), LocalDate.now(), problems);
        fail(problems);
        UUID id = Ids.newId();
        parts.insert(
                new PartRecords.Signatory(id, agreementId, input.partyId(), name, title, signedOn), CurrentUser.name());
        audit.record(
                "AGREEMENT_SIGNATORY_ADDED",
                "agreement",
                agreementId.toString(),
                row.unitId(),
                row.unitPath(),
                id.toString());
        return id;
    }

    @Transactional
    public UUID addStep(UUID agreementId, AgreementInputs.StepInput input) {
        AgreementRecords.Row row = open(agreementId);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = INPUTS.pastDate("occurredOn", input.occurredOn(), LocalDate.now(), problems);
        StepKind kind = INPUTS.choice("kind", input.kind(), StepKind.class, true, problems);
        String note = INPUTS.text("note", input.note(), 2000, false, problems);
        String who = INPUTS.text("who", input.who(), 200, false, problems);
        fail(problems);
        UUID id = Ids.newId();
        parts.insert(new PartRecords.Step(id, agreementId, on, kind, note, who, CurrentUser.name()));
        audit.record(
                "AGREEMENT_STEP_RECORDED",
                "agreement",
                agreementId.toString(),
                row.unitId(),
                row.unitPath(),
                kind.name());
        return id;
    }

    @Transactional
    public UUID addCommitment(UUID agreementId, AgreementInputs.CommitmentInput input) {
        AgreementRecords.Row row = open(agreementId);
        PartRecords.Commitment commitment = commitment(Ids.newId(), agreementId, input, CommitmentStatus.OPEN);
        parts.insert(commitment, CurrentUser.name());
        audit.record(
                "AGREEMENT_COMMITMENT_ADDED",
                "agreement",
                agreementId.toString(),
                row.unitId(),
                row.unitPath(),
                commitment.id().toString());
        return commitment.id();
    }

    /** Changes a commitment; answers its agreement's id. */
    @Transactional
    public UUID updateCommitment(UUID id, AgreementInputs.CommitmentInput input) {
        PartRecords.Commitment before =
                parts.commitment(id).orElseThrow(NotFoundException.of("problem.agreementNotFound"));
        AgreementRecords.Row row = open(before.agreementId());
        PartRecords.Commitment after = commitment(id, before.agreementId(), input, before.status());
        parts.update(after);
        audit.record(
                "AGREEMENT_COMMITMENT_UPDATED",
                "agreement",
                row.id().toString(),
                row.unitId(),
                row.unitPath(),
                id + " " + after.status());
        return row.id();
    }

    private PartRecords.Commitment commitment(
            UUID id, UUID agreementId, AgreementInputs.CommitmentInput input, CommitmentStatus fallback) {
        List<FieldProblem> problems = new ArrayList<>();
        String description = INPUTS.text("description", input.description(), 1000, true, problems);
        party("ownerPartyId", agreementId, input.ownerPartyId(), problems);
        LocalDate due = INPUTS.date("dueOn", input.dueOn(), false, problems);
        CommitmentStatus status = INPUTS.choice("status", input.status(), CommitmentStatus.class, false, problems);
        fail(problems);
        return new PartRecords.Commitment(
                id, agreementId, input.ownerPartyId(), description, due, status == null ? fallback : status);
    }

    /** The party must be one of this agreement's. */
    private void party(String field, UUID agreementId, UUID partyId, List<FieldProblem> problems) {
        if (partyId == null) {
            problems.add(new FieldProblem(field, "agreements.choose.missing"));
        } else if (records.parties(agreementId).stream().noneMatch(p -> p.id().equals(partyId))) {
            problems.add(new FieldProblem(field, "agreements.party.notParty"));
        }
    }

    /** The agreement, locked, when the user may change it and it has not ended. */
    private AgreementRecords.Row open(UUID agreementId) {
        AgreementRecords.Row row =
                records.lock(agreementId).orElseThrow(NotFoundException.of("problem.agreementNotFound"));
        scopes.require(Permission.MANAGE_AGREEMENTS, row.unitPath());
        row.agreement().requireOpen();
        return row;
    }

    private static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
