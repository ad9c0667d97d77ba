package org.harambee.referrals.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.referrals.ChildIdentity;
import org.harambee.referrals.EmergencyNumbers;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralAction;
import org.harambee.referrals.ReferralStatus;
import org.harambee.referrals.ReferralView;
import org.harambee.referrals.ServicePointRef;
import org.harambee.referrals.ServicePoints;
import org.harambee.referrals.model.Consent;
import org.harambee.referrals.model.Need;
import org.harambee.referrals.model.Progress;
import org.harambee.referrals.model.Referral;
import org.harambee.referrals.servicepoints.EmergencyNumberRecords;
import org.harambee.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading referrals: the sender's own with their feedback, a service point's inbox by deadline, the referrals a
 * coordinator follows in their area, one referral with its timeline, and the child's identifying details (each opening
 * audited).
 */
@Service
@Transactional(readOnly = true)
public class ReferralReading {

    private final ReferralRecords records;
    private final ServicePoints servicePoints;
    private final Communities communities;
    private final IdentitySeal seal;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final EmergencyNumberRecords emergencyNumbers;
    private final Clock clock = Clock.systemUTC();

    ReferralReading(
            ReferralRecords records,
            ServicePoints servicePoints,
            Communities communities,
            IdentitySeal seal,
            Scopes scopes,
            AuditTrail audit,
            EmergencyNumberRecords emergencyNumbers) {
        this.emergencyNumbers = emergencyNumbers;
        this.records = records;
        this.servicePoints = servicePoints;
        this.communities = communities;
        this.seal = seal;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** One referral with its timeline, for those who may read it (403 otherwise). */
    public ReferralView get(UUID id) {
        return view(readable(id), true);
    }

    /** One referral with its timeline and what the signed-in user may do with it, from one reading of its row. */
    public Read read(UUID id) {
        Referral row = readable(id);
        return new Read(view(row, true), abilities(row));
    }

    /**
     * The referral as the user who just acted on it sees it now. A coordinator who returned a draft to its sender no
     * longer reads it in full: they get what a one-time link shows (reference, need, status), with nothing to do.
     */
    public Read readAfterAction(UUID id) {
        Referral row = records.find(id).orElseThrow(NotFoundException.of("problem.referralNotFound"));
        if (ReferralAccess.mayRead(row, CurrentUser.signedIn().orElse(null), servicePoints, scopes)) {
            return new Read(view(row, true), abilities(row));
        }
        if (row.status() == ReferralStatus.DRAFT && scopes.permits(Permission.OVERRIDE_CONSENT, row.unitPath())) {
            return new Read(view(row, false), new Abilities(List.of(), false, false, false));
        }
        throw new AccessDeniedException("may not read this referral");
    }

    /** For an emergency referral, the numbers to call at once where its community is; null for another priority. */
    public EmergencyNumbers emergencyNumbers(ReferralView referral, String language) {
        if (referral.priority() != Priority.EMERGENCY) {
            return null;
        }
        return communities
                .find(referral.communityId())
                .map(c -> emergencyNumbers.nearest(c.unitPath(), language))
                .orElse(EmergencyNumbers.NONE);
    }

    /** A referral and what the reader may do with it. */
    public record Read(ReferralView view, Abilities abilities) {}

    /** What the signed-in user may do with the referral now: the actions, and whether they may open the details. */
    public Abilities abilities(UUID id) {
        return abilities(readable(id));
    }

    private Abilities abilities(Referral row) {
        String user = CurrentUser.signedIn().orElse(null);
        boolean sender = ReferralAccess.sends(row, user, scopes);
        boolean officer = ReferralAccess.worksQueue(row, user, servicePoints, scopes);
        boolean decider = ReferralAccess.decidesConsent(row, scopes);
        List<ReferralAction> actions = row.actionsOf(a -> (a == ReferralAction.Actor.SENDER && sender)
                || (a == ReferralAction.Actor.SERVICE_POINT && officer)
                || (a == ReferralAction.Actor.COORDINATOR && decider));
        boolean offPlatform = servicePoints
                .find(row.servicePointId())
                .map(p -> !p.onPlatform())
                .orElse(false);
        return new Abilities(
                actions,
                sender && row.status() == ReferralStatus.DRAFT,
                row.identified() && ReferralAccess.mayOpenIdentity(row, user, servicePoints, scopes),
                offPlatform
                        && !row.status().beforeSending()
                        && !row.status().finished()
                        && (sender || ReferralAccess.monitors(row, scopes)));
    }

    /**
     * What a reader may do: actions, edit the draft (and its consent), open the identifying details, give the
     * off-platform service point where it waits a new one-time link.
     */
    public record Abilities(List<ReferralAction> actions, boolean editDraft, boolean openIdentity, boolean newLink) {

        public boolean canSend() {
            return actions.contains(ReferralAction.SEND);
        }
    }

    /** The child's identifying details, for the sender and the accepting service point only; audited, refusals too. */
    @Transactional
    public ChildIdentity identity(UUID id) {
        Referral row = records.find(id).orElseThrow(NotFoundException.of("problem.referralNotFound"));
        String user = CurrentUser.signedIn().orElse(null);
        if (!ReferralAccess.mayOpenIdentity(row, user, servicePoints, scopes)) {
            // audited after this transaction ends, so that the refusal's rollback keeps the line
            audit.recordRefusal("CHILD_RECORD_DENIED", "referral", id.toString(), row.unitId(), row.unitPath(), null);
            throw new AccessDeniedException("may not read the child's identifying details");
        }
        audit.record("CHILD_RECORD_VIEWED", "referral", id.toString(), row.unitId(), row.unitPath(), null);
        return seal.open(records.identity(id).orElse(null), id);
    }

    /**
     * The referral as its readers see it; not {@code full} (for a one-time link), without consent, sender, source and
     * timeline.
     */
    public ReferralView view(Referral r, boolean full) {
        Set<UUID> pointIds = new HashSet<>();
        pointIds.add(r.servicePointId());
        List<ReferralRecords.Transition> transitions = full ? records.transitions(r.id()) : List.of();
        transitions.forEach(t -> pointIds.add(t.servicePointId()));
        pointIds.remove(null);
        Map<UUID, String> points = pointNames(pointIds);
        String community =
                communities.find(r.communityId()).map(CommunityRef::name).orElse(null);
        Need need = r.need();
        Progress progress = r.progress();
        Consent consent = r.consent();
        return new ReferralView(
                r.id(),
                r.reference(),
                r.communityId(),
                community,
                need.category(),
                need.priority(),
                need.ageBand(),
                need.sex(),
                need.disability(),
                need.reason(),
                r.servicePointId(),
                points.get(r.servicePointId()),
                progress.routedBy(),
                r.status(),
                progress.dueAt(),
                r.overdue(clock.instant()),
                progress.escalations(),
                progress.serviceProvided(),
                progress.feedbackMessage(),
                full
                        ? new ReferralView.Consent(
                                consent.caregiverConsent(),
                                consent.childAssent(),
                                consent.consentScope(),
                                consent.overridden(),
                                consent.consentOverrideReason(),
                                consent.consentRecordedAt())
                        : null,
                full && r.identified(),
                full ? r.createdBy() : null,
                r.createdAt(),
                progress.sentAt(),
                full ? r.source() : null,
                transitions.stream()
                        .map(t -> new ReferralView.Step(
                                t.action(),
                                t.fromStatus(),
                                t.toStatus(),
                                points.get(t.servicePointId()),
                                t.actor(),
                                t.via(),
                                t.note(),
                                t.at()))
                        .toList());
    }

    private Referral readable(UUID id) {
        Referral row = records.find(id).orElseThrow(NotFoundException.of("problem.referralNotFound"));
        if (!ReferralAccess.mayRead(row, CurrentUser.signedIn().orElse(null), servicePoints, scopes)) {
            throw new AccessDeniedException("may not read this referral");
        }
        return row;
    }

    private Map<UUID, String> pointNames(Collection<UUID> ids) {
        return servicePoints.refs(ids).stream().collect(Collectors.toMap(ServicePointRef::id, ServicePointRef::name));
    }
}
