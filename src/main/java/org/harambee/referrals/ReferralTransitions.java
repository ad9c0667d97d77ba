package org.harambee.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Scopes;
import org.harambee.referrals.drafting.ConsentDecisions;
import org.harambee.referrals.drafting.Draft;
import org.harambee.referrals.escalation.Deadlines;
import org.harambee.referrals.internal.ReferralAccess;
import org.harambee.referrals.internal.ReferralRecords;
import org.harambee.referrals.internal.ReferralRules;
import org.harambee.referrals.links.OneTimeLinks;
import org.harambee.referrals.model.Change;
import org.harambee.referrals.model.Referral;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a referral along: the sender sends or withdraws it (or asks for a consent decision), a coordinator decides on
 * consent, the service point's officers answer it. Each action is
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
    private final ConsentDecisions consentDecisions;
    private final Clock clock = Clock.systemUTC();

    ReferralTransitions(
            ReferralRecords records,
            ServicePoints servicePoints,
            Deadlines deadlines,
            OneTimeLinks links,
            Scopes scopes,
            AuditTrail audit,
            ApplicationEventPublisher events,
            ConsentDecisions consentDecisions) {
        this.records = records;
        this.servicePoints = servicePoints;
        this.deadlines = deadlines;
        this.links = links;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.consentDecisions = consentDecisions;
    }

    /**
     * An action by the signed-in user. Sending, or a coordinator's override of consent, answers the one-time link of an
     * off-platform service point.
     */
    public Sent apply(UUID id, TransitionInput input) {
        ReferralAction action = action(input);
        Referral referral = records.lock(id).orElseThrow(NotFoundException.of("problem.referralNotFound"));
        String user = CurrentUser.signedIn().orElse(null);
        switch (action.actor()) {
            case SENDER -> ReferralRules.requireSender(referral, scopes);
            case SERVICE_POINT -> requireOfficer(referral, user);
            case COORDINATOR -> requireDecider(referral);
            case SYSTEM -> throw new AccessDeniedException("only the system escalates");
        }
        String note = Inputs.trimmed(input.note());
        Instant now = clock.instant();
        ServicePointRef target = action.to() == ReferralStatus.SENT
                ? servicePoints.find(referral.servicePointId()).orElse(null)
                : null;
        Change change = switch (action) {
            case SEND -> referral.send(target, deadlines.of(referral.priority()), note, now);
            case ASK_CONSENT_DECISION -> referral.askConsentDecision(note, now);
            case OVERRIDE_CONSENT ->
                referral.overrideConsent(note, user, target, deadlines.of(referral.priority()), now);
            default -> referral.act(action, note, now);
        };
        save(change, user, "ACCOUNT", note);
        consentDecisions.follow(change, user);
        boolean linked = target != null && !target.onPlatform();
        return new Sent(id, linked ? links.create(id, target.id(), user, now) : null);
    }

    /** An action through a one-time link of the service point where the referral waits. */
    public void applyByLink(Referral referral, ReferralAction action, String rawNote, String servicePointName) {
        if (action.actor() != ReferralAction.Actor.SERVICE_POINT) {
            throw new AccessDeniedException("a link answers for the service point only");
        }
        String note = Inputs.trimmed(rawNote);
        save(referral.act(action, note, clock.instant()), "link: " + servicePointName, "LINK", note);
    }

    /** Saves a change decided on the locked referral (409 if it changed meanwhile) and records it. */
    void save(Change change, String actor, String via, String note) {
        if (!records.updateStatus(change.referral(), change.from())) {
            throw new ReferralConflictException("referrals.conflict.changed");
        }
        record(change, actor, via, note);
    }

    /** Writes the timeline line, the audit line and the event of a change already saved. */
    public void record(Change change, String actor, String via, String note) {
        ReferralStatusChanged e = change.event();
        records.transition(
                e.referralId(),
                new ReferralRecords.Transition(
                        e.action(), e.from(), e.to(), e.servicePointId(), actor, via, note, e.at()));
        String id = e.referralId().toString();
        String action = "REFERRAL_" + e.action().name();
        if ("ACCOUNT".equals(via)) {
            audit.record(action, "referral", id, e.unitId(), e.unitPath(), via);
        } else {
            audit.recordAs(actor, action, "referral", id, e.unitId(), e.unitPath(), via);
        }
        events.publishEvent(e);
        events.publishEvent(new ReferralMoved(
                e.referralId(),
                change.referral().reference(),
                change.referral().createdBy(),
                e.action(),
                e.to(),
                e.priority(),
                e.servicePointId(),
                e.unitPath(),
                e.at()));
    }

    private void requireDecider(Referral referral) {
        if (!ReferralAccess.decidesConsent(referral, scopes)) {
            throw new AccessDeniedException("may not decide on consent where the referral comes from");
        }
    }

    private void requireOfficer(Referral referral, String user) {
        if (!ReferralAccess.worksQueue(referral, user, servicePoints, scopes)) {
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
