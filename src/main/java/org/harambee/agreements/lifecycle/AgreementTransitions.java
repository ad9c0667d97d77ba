package org.harambee.agreements.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.agreements.AgreementEnded;
import org.harambee.agreements.AgreementInForce;
import org.harambee.agreements.AgreementStatus;
import org.harambee.agreements.internal.AgreementInputs;
import org.harambee.agreements.internal.AgreementRecords;
import org.harambee.agreements.internal.AgreementViews;
import org.harambee.agreements.internal.Parties;
import org.harambee.agreements.model.Change;
import org.harambee.agreements.model.Ties;
import org.harambee.agreements.parts.PartRecords;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agreement's life: a draft comes into force, one in force or lapsed is reviewed (which brings a lapsed one back
 * into force) or ended. Publishes {@link AgreementInForce} and {@link AgreementEnded}.
 */
@Service
public class AgreementTransitions {

    private static final Inputs INPUTS = Inputs.keyed("agreements").choiceKey("agreements.choose.missing");

    private final AgreementRecords records;
    private final PartRecords parts;
    private final Parties parties;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    AgreementTransitions(
            AgreementRecords records,
            PartRecords parts,
            Parties parties,
            Scopes scopes,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.parts = parts;
        this.parties = parties;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void change(UUID id, AgreementInputs.TransitionInput input) {
        AgreementRecords.Row row = locked(id);
        LocalDate today = LocalDate.now();
        List<FieldProblem> problems = new ArrayList<>();
        AgreementStatus to = INPUTS.choice("status", input.status(), AgreementStatus.class, true, problems);
        LocalDate date = INPUTS.date("date", input.date(), true, problems);
        if (to == AgreementStatus.IN_FORCE) {
            LocalDate review = INPUTS.date("reviewDate", input.reviewDate(), true, problems);
            Change change = row.agreement().enterForce(date, review, unsigned(id), ties(id), today, problems);
            save(row, change);
            audit.record(
                    "AGREEMENT_IN_FORCE", "agreement", id.toString(), row.unitId(), row.unitPath(), "review " + review);
            publish(change);
        } else if (to == AgreementStatus.ENDED) {
            Change change = row.agreement().end(date, ties(id), today, problems);
            save(row, change);
            audit.record("AGREEMENT_ENDED", "agreement", id.toString(), row.unitId(), row.unitPath(), null);
            publish(change);
        } else {
            if (to != null) {
                problems.add(new FieldProblem("status", "agreements.transition.invalid"));
            }
            throw new InvalidInputException(problems);
        }
    }

    /** Records a review; the next review date becomes the agreement's, and a lapsed agreement is in force again. */
    @Transactional
    public void review(UUID id, AgreementInputs.ReviewInput input) {
        AgreementRecords.Row row = locked(id);
        LocalDate today = LocalDate.now();
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = INPUTS.pastDate("reviewedOn", input.reviewedOn(), today, problems);
        String outcome = INPUTS.text("outcome", input.outcome(), 2000, true, problems);
        LocalDate next = INPUTS.date("nextReviewOn", input.nextReviewOn(), true, problems);
        Change change = row.agreement().review(on, next, ties(id), today, problems);
        parts.insert(new PartRecords.Review(Ids.newId(), id, on, outcome, next, CurrentUser.name(), row.reviewDate()));
        save(row, change);
        audit.record(
                "AGREEMENT_REVIEWED", "agreement", id.toString(), row.unitId(), row.unitPath(), "next review " + next);
        publish(change);
    }

    private void save(AgreementRecords.Row row, Change change) {
        records.update(row.with(change.agreement()));
    }

    private void publish(Change change) {
        change.events().forEach(events::publishEvent);
    }

    private AgreementRecords.Row locked(UUID id) {
        AgreementRecords.Row row = records.lock(id).orElseThrow(NotFoundException.of("problem.agreementNotFound"));
        scopes.require(Permission.MANAGE_AGREEMENTS, row.unitPath());
        return row;
    }

    /** The names of the parties without a signatory. */
    private List<String> unsigned(UUID id) {
        Set<UUID> signed = parts.signatories(id).stream()
                .map(PartRecords.Signatory::partyId)
                .collect(Collectors.toSet());
        Map<UUID, AgreementViews.Party> named = parties.named(records.parties(id));
        return named.values().stream()
                .filter(p -> !signed.contains(p.id()))
                .map(AgreementViews.Party::name)
                .toList();
    }

    private Ties ties(UUID id) {
        return parties.ties(records.parties(id));
    }
}
