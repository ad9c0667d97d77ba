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
import org.harambee.agreements.AgreementLapsed;
import org.harambee.agreements.AgreementStatus;
import org.harambee.agreements.internal.AgreementInputs;
import org.harambee.agreements.internal.AgreementRecords;
import org.harambee.agreements.internal.AgreementRules;
import org.harambee.agreements.internal.AgreementViews;
import org.harambee.agreements.internal.Parties;
import org.harambee.agreements.internal.PartyKind;
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
        AgreementStatus status = AgreementRules.effective(row.status(), row.reviewDate(), today);
        List<FieldProblem> problems = new ArrayList<>();
        AgreementStatus to = INPUTS.choice("status", input.status(), AgreementStatus.class, true, problems);
        LocalDate date = INPUTS.date("date", input.date(), true, problems);
        if (to == AgreementStatus.IN_FORCE) {
            LocalDate review = INPUTS.date("reviewDate", input.reviewDate(), true, problems);
            if (problems.isEmpty()) {
                problems.addAll(
                        AgreementRules.enteringForce(status, row.formality(), date, review, unsigned(id), today));
            }
            fail(problems);
            records.update(row.withStatus(AgreementStatus.IN_FORCE, date, review, null));
            audit.record(
                    "AGREEMENT_IN_FORCE", "agreement", id.toString(), row.unitId(), row.unitPath(), "review " + review);
            events.publishEvent(inForce(row, date));
        } else if (to == AgreementStatus.ENDED) {
            problems.addAll(AgreementRules.ending(status, row.startDate(), date, today));
            fail(problems);
            records.update(row.withStatus(AgreementStatus.ENDED, row.startDate(), row.reviewDate(), date));
            audit.record("AGREEMENT_ENDED", "agreement", id.toString(), row.unitId(), row.unitPath(), null);
            events.publishEvent(new AgreementEnded(id, row.unitId(), row.unitPath(), communities(id), date));
        } else {
            if (to != null) {
                problems.add(new FieldProblem("status", "agreements.transition.invalid"));
            }
            fail(problems);
        }
    }

    /** Records a review; the next review date becomes the agreement's, and a lapsed agreement is in force again. */
    @Transactional
    public void review(UUID id, AgreementInputs.ReviewInput input) {
        AgreementRecords.Row row = locked(id);
        LocalDate today = LocalDate.now();
        AgreementStatus status = AgreementRules.effective(row.status(), row.reviewDate(), today);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = INPUTS.pastDate("reviewedOn", input.reviewedOn(), today, problems);
        String outcome = INPUTS.text("outcome", input.outcome(), 2000, true, problems);
        LocalDate next = INPUTS.date("nextReviewOn", input.nextReviewOn(), true, problems);
        problems.addAll(AgreementRules.reviewing(status, on, next, today));
        fail(problems);
        parts.insert(new PartRecords.Review(Ids.newId(), id, on, outcome, next, CurrentUser.name(), row.reviewDate()));
        records.update(row.withStatus(AgreementStatus.IN_FORCE, row.startDate(), next, null));
        audit.record(
                "AGREEMENT_REVIEWED", "agreement", id.toString(), row.unitId(), row.unitPath(), "next review " + next);
        if (status == AgreementStatus.LAPSED) {
            if (row.status() != AgreementStatus.LAPSED) {
                // lapsed since its review date passed, before the daily job marked it: the lapse is told first
                events.publishEvent(
                        new AgreementLapsed(id, row.unitId(), row.unitPath(), communities(id), row.reviewDate()));
            }
            events.publishEvent(inForce(row, on));
        }
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

    private AgreementInForce inForce(AgreementRecords.Row row, LocalDate since) {
        List<AgreementRecords.Party> all = records.parties(row.id());
        return new AgreementInForce(
                row.id(),
                row.unitId(),
                row.unitPath(),
                parties.communityIds(all),
                since,
                Parties.refs(all, PartyKind.COMMUNITY),
                Parties.refs(all, PartyKind.CLUSTER));
    }

    private List<UUID> communities(UUID id) {
        return parties.communityIds(records.parties(id));
    }

    private static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
