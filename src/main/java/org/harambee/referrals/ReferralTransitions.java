package org.harambee.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.Scopes;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a referral along: the sender sends or withdraws it, the service point's officers answer it. Each action is
 * checked against the status it applies to (409 otherwise), made on the locked row, written to the timeline and the
 * audit trail, and published as a {@link ReferralStatusChanged}.
 */
@Service
@Transactional
public class ReferralTransitions {

    /** What sending returned: the one-time link's token when the service point is not on the platform. */
    public record Sent(UUID id, String linkToken) {}

    private final ReferralRecords records;
    private final ServicePoints servicePoints;
    private final Deadlines deadlines;
    private final OneTimeLinks links;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ReferralTransitions(
            ReferralRecords records,
            ServicePoints servicePoints,
            Deadlines deadlines,
            OneTimeLinks links,
            Scopes scopes,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.servicePoints = servicePoints;
        this.deadlines = deadlines;
        this.links = links;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
    }

    /** An action by the signed-in user. Sending answers the one-time link of an off-platform service point. */
    public Sent apply(UUID id, TransitionInput input) {
        ReferralAction action = action(input);
        ReferralRecords.Row row = records.lock(id).orElseThrow(ReferralNotFoundException::new);
        String user = ReferralRules.currentUser();
        switch (action.actor()) {
            case SENDER -> ReferralRules.requireSender(row, scopes);
            case SERVICE_POINT -> requireOfficer(row, user);
            case SYSTEM -> throw new AccessDeniedException("only the system escalates");
        }
        return new Sent(id, apply(row, action, input.note(), user, "ACCOUNT"));
    }

    /** An action through a one-time link of the service point where the referral waits. */
    void applyByLink(ReferralRecords.Row row, ReferralAction action, String note, String servicePointName) {
        if (action.actor() != ReferralAction.Actor.SERVICE_POINT) {
            throw new AccessDeniedException("a link answers for the service point only");
        }
        apply(row, action, note, "link: " + servicePointName, "LINK");
    }

    private String apply(ReferralRecords.Row row, ReferralAction action, String rawNote, String actor, String via) {
        if (!action.appliesTo(row.status())) {
            throw new ReferralConflictException("referrals.conflict.action", action, row.status());
        }
        String note = ReferralInput.trim(rawNote);
        List<FieldProblem> problems = new ArrayList<>();
        if (action.needsReason(row.status()) && note == null) {
            problems.add(new FieldProblem("note", "referrals.note.reasonRequired"));
        }
        ReferralRules.length(problems, "note", note, action.actor() == ReferralAction.Actor.SENDER ? 1000 : 500);
        Instant now = clock.instant();
        ReferralRules.StatusChange c = ReferralRules.StatusChange.of(row);
        String linkToken = null;
        if (action == ReferralAction.SEND) {
            ServicePointRef target = readyToSend(row, problems);
            if (problems.isEmpty()) {
                c = new ReferralRules.StatusChange(
                        ReferralStatus.SENT,
                        target.id(),
                        row.routedBy(),
                        deadlines.dueFrom(now, row.priority()),
                        0,
                        false,
                        null,
                        null,
                        now);
                if (!target.onPlatform()) {
                    linkToken = links.create(row.id(), target.id(), actor, now);
                }
            }
        } else {
            Boolean provided = switch (action) {
                case PROVIDE -> Boolean.TRUE;
                case CLOSE -> row.status() == ReferralStatus.SERVICE_PROVIDED;
                default -> c.serviceProvided();
            };
            String feedback =
                    action.actor() == ReferralAction.Actor.SERVICE_POINT && note != null ? note : c.feedback();
            Instant due = action.to().awaitsAnswer() ? c.dueAt() : null;
            c = new ReferralRules.StatusChange(
                    action.to(),
                    c.servicePointId(),
                    c.routedBy(),
                    due,
                    c.escalations(),
                    c.exhausted(),
                    provided,
                    feedback,
                    c.sentAt());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!records.updateStatus(ReferralRules.with(row, c, now), row.status())) {
            throw new ReferralConflictException("referrals.conflict.changed");
        }
        record(row, action, c, actor, via, note, now);
        return linkToken;
    }

    /** Writes the timeline line, the audit line and the event of a change already made. */
    void record(
            ReferralRecords.Row row,
            ReferralAction action,
            ReferralRules.StatusChange c,
            String actor,
            String via,
            String note,
            Instant now) {
        records.transition(
                row.id(),
                new ReferralRecords.Transition(
                        action, row.status(), c.status(), c.servicePointId(), actor, via, note, now));
        if ("ACCOUNT".equals(via)) {
            audit.record(
                    "REFERRAL_" + action.name(), "referral", row.id().toString(), row.unitId(), row.unitPath(), via);
        } else {
            audit.recordAs(
                    actor,
                    "REFERRAL_" + action.name(),
                    "referral",
                    row.id().toString(),
                    row.unitId(),
                    row.unitPath(),
                    via);
        }
        events.publishEvent(new ReferralStatusChanged(
                row.id(),
                row.communityId(),
                row.unitId(),
                row.unitPath(),
                row.category(),
                row.priority(),
                action,
                row.status(),
                c.status(),
                c.servicePointId(),
                c.sentAt(),
                c.dueAt(),
                c.serviceProvided(),
                row.consentOverridden(),
                now));
    }

    private ServicePointRef readyToSend(ReferralRecords.Row row, List<FieldProblem> problems) {
        if (row.category() == null) {
            problems.add(new FieldProblem("category", "referrals.choice.required"));
        }
        if (row.ageBand() == null) {
            problems.add(new FieldProblem("ageBand", "referrals.choice.required"));
        }
        if (row.sex() == null) {
            problems.add(new FieldProblem("sex", "referrals.choice.required"));
        }
        if (row.reason() == null) {
            problems.add(new FieldProblem("reason", "referrals.reason.required"));
        }
        if (!row.consentComplete() && !row.consentOverridden()) {
            problems.add(new FieldProblem("consent", "referrals.consent.missing"));
        }
        ServicePointRef target = row.servicePointId() == null
                ? null
                : servicePoints
                        .find(row.servicePointId())
                        .filter(ServicePointRef::active)
                        .orElse(null);
        if (target == null) {
            problems.add(new FieldProblem("servicePointId", "referrals.servicePoint.none"));
        }
        return target;
    }

    private void requireOfficer(ReferralRecords.Row row, String user) {
        if (!ReferralAccess.worksQueue(row, user, servicePoints, scopes)) {
            throw new AccessDeniedException("not an officer of the referral's service point");
        }
    }

    private static ReferralAction action(TransitionInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        ReferralAction action =
                Draft.choice(ReferralAction.class, "action", input == null ? null : input.action(), problems);
        if (action == ReferralAction.ESCALATE) {
            problems.add(new FieldProblem("action", "referrals.action.systemOnly"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return action;
    }
}
