package org.harambee.agreements.drafting;

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
import org.harambee.access.UnitPaths;
import org.harambee.agreements.AgreementStatus;
import org.harambee.agreements.Formality;
import org.harambee.agreements.internal.AgreementInputs;
import org.harambee.agreements.internal.AgreementRecords;
import org.harambee.agreements.internal.Parties;
import org.harambee.agreements.model.Agreement;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting agreements ({@code MANAGE_AGREEMENTS} where the agreement is placed): its facts, its parties (at least two,
 * one on each side), and where it sits: the lowest unit holding its community-side parties, or a chosen unit that
 * holds them all.
 */
@Service
public class AgreementDrafting {

    private static final Inputs INPUTS = Inputs.keyed("agreements").choiceKey("agreements.choose.missing");

    private final AgreementRecords records;
    private final Parties parties;
    private final Geography geography;
    private final Scopes scopes;
    private final AuditTrail audit;

    AgreementDrafting(AgreementRecords records, Parties parties, Geography geography, Scopes scopes, AuditTrail audit) {
        this.records = records;
        this.parties = parties;
        this.geography = geography;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional
    UUID create(AgreementInputs.AgreementInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        List<AgreementInputs.PartyInput> wanted = input.parties() == null ? List.of() : input.parties();
        List<Parties.Checked> checked = parties.check("parties", wanted, List.of(), problems);
        if (problems.isEmpty()) {
            problems.addAll(Agreement.partyProblems(
                    checked.stream().map(Parties.Checked::kind).toList()));
        }
        AgreementRecords.Row row = facts(null, input, checked, problems);
        records.insert(row);
        for (int i = 0; i < checked.size(); i++) {
            insertParty(row.id(), i + 1, checked.get(i));
        }
        audit.record(
                "AGREEMENT_CREATED",
                "agreement",
                row.id().toString(),
                row.unitId(),
                row.unitPath(),
                checked.size() + " parties");
        return row.id();
    }

    @Transactional
    void update(UUID id, AgreementInputs.AgreementInput input) {
        AgreementRecords.Row before = records.lock(id).orElseThrow(NotFoundException.of("problem.agreementNotFound"));
        scopes.require(Permission.MANAGE_AGREEMENTS, before.unitPath());
        List<FieldProblem> problems = new ArrayList<>();
        List<Parties.Checked> checked = parties.checked(records.parties(id));
        AgreementRecords.Row row = facts(before, input, checked, problems);
        records.update(row);
        audit.record("AGREEMENT_UPDATED", "agreement", id.toString(), row.unitId(), row.unitPath(), null);
    }

    /** Adds a party to a draft; a party may not be added once the agreement is in force (it did not agree to it). */
    @Transactional
    public void addParty(UUID id, AgreementInputs.PartyInput input) {
        AgreementRecords.Row row = records.lock(id).orElseThrow(NotFoundException.of("problem.agreementNotFound"));
        scopes.require(Permission.MANAGE_AGREEMENTS, row.unitPath());
        List<AgreementRecords.Party> existing = records.parties(id);
        List<FieldProblem> problems = row.agreement().addingParty(existing.size());
        List<Parties.Checked> all = new ArrayList<>(parties.checked(existing));
        List<Parties.Checked> added = parties.check("party", List.of(input), all, problems);
        all.addAll(added);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String path = placement(row.unitChosen() ? row.unitPath() : null, all, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        scopes.require(Permission.MANAGE_AGREEMENTS, path);
        UUID partyId = insertParty(id, existing.size() + 1, added.get(0));
        if (!path.equals(row.unitPath())) {
            records.update(row.placedAt(path));
        }
        audit.record(
                "AGREEMENT_PARTY_ADDED",
                "agreement",
                id.toString(),
                UnitPaths.unitId(path),
                path,
                added.get(0).kind() + " " + partyId);
    }

    /**
     * Removes a party from a draft, unless a signatory or a commitment names it or the others would no longer make an
     * agreement; the agreement is placed again where its remaining community-side parties meet. Answers its id.
     */
    @Transactional
    public UUID removeParty(UUID partyId) {
        UUID id = records.agreementOfParty(partyId).orElseThrow(NotFoundException.of("problem.agreementNotFound"));
        AgreementRecords.Row row = records.lock(id).orElseThrow(NotFoundException.of("problem.agreementNotFound"));
        scopes.require(Permission.MANAGE_AGREEMENTS, row.unitPath());
        List<AgreementRecords.Party> remaining = records.parties(id).stream()
                .filter(p -> !p.id().equals(partyId))
                .toList();
        List<FieldProblem> problems = row.agreement()
                .removingParty(
                        records.partyInUse(partyId),
                        remaining.stream().map(AgreementRecords.Party::kind).toList());
        String path = problems.isEmpty()
                ? placement(row.unitChosen() ? row.unitPath() : null, parties.checked(remaining), problems)
                : row.unitPath();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        records.deleteParty(partyId);
        if (!path.equals(row.unitPath())) {
            records.update(row.placedAt(path));
        }
        audit.record(
                "AGREEMENT_PARTY_REMOVED",
                "agreement",
                id.toString(),
                UnitPaths.unitId(path),
                path,
                partyId.toString());
        return id;
    }

    /** The row to store, checked as a whole; throws with every problem found, before anything is written. */
    private AgreementRecords.Row facts(
            AgreementRecords.Row before,
            AgreementInputs.AgreementInput input,
            List<Parties.Checked> checked,
            List<FieldProblem> problems) {
        String title = INPUTS.text("title", input.title(), 200, true, problems);
        String purpose = INPUTS.text("purpose", input.purpose(), 2000, true, problems);
        Formality formality = INPUTS.choice("formality", input.formality(), Formality.class, true, problems);
        LocalDate start = INPUTS.date("startDate", input.startDate(), false, problems);
        LocalDate end = INPUTS.date("endDate", input.endDate(), false, problems);
        LocalDate review = INPUTS.date("reviewDate", input.reviewDate(), false, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("endDate", "agreements.endDate.beforeStart"));
        }
        if (before != null) {
            before.agreement().checkRevision(start, review, problems);
        }
        UnitView chosen = chosen(input.unit(), problems);
        String path = problems.isEmpty() ? placement(chosen == null ? null : chosen.path(), checked, problems) : "";
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        scopes.require(chosen != null ? "unit" : "communityParty", Permission.MANAGE_AGREEMENTS, path);
        Instant now = Instant.now();
        return new AgreementRecords.Row(
                before == null ? Ids.newId() : before.id(),
                title,
                purpose,
                formality,
                before == null ? AgreementStatus.DRAFT : before.status(),
                UnitPaths.unitId(path),
                path,
                chosen != null,
                start,
                end,
                review,
                before == null ? null : before.endedOn(),
                before == null ? (CurrentUser.name()) : before.createdBy(),
                before == null ? now : before.createdAt(),
                now);
    }

    /** The chosen unit when it holds every community-side party, else where they meet; a problem when neither. */
    private static String placement(String chosenPath, List<Parties.Checked> checked, List<FieldProblem> problems) {
        List<String> paths = checked.stream()
                .map(Parties.Checked::unitPath)
                .filter(Objects::nonNull)
                .toList();
        String common = UnitPaths.commonAncestor(paths);
        if (chosenPath != null && paths.stream().allMatch(p -> p.startsWith(chosenPath))) {
            return chosenPath;
        }
        if (chosenPath != null) {
            problems.add(new FieldProblem("unit", "agreements.unit.notHolding"));
        } else if (common.isEmpty()) {
            problems.add(new FieldProblem("parties", "agreements.parties.apart"));
        }
        return common;
    }

    private UnitView chosen(String pcode, List<FieldProblem> problems) {
        String code = Inputs.trimmed(pcode);
        if (code == null) {
            return null;
        }
        UnitView unit = geography.find(code, "en").orElse(null);
        if (unit == null) {
            problems.add(new FieldProblem("unit", "agreements.unit.unknown", code));
        }
        return unit;
    }

    private UUID insertParty(UUID agreementId, int position, Parties.Checked party) {
        UUID id = Ids.newId();
        records.insertParty(new AgreementRecords.Party(
                id, agreementId, position, party.kind(), party.refId(), party.officeName(), party.level()));
        return id;
    }
}
