package org.harambee.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.system.Ids;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing a referral before it is sent: the draft (the child's minimal data, category, priority, reason, the
 * service point chosen by hand or by the pathway, the sealed identifying details) and the consent it needs.
 */
@Service
@Transactional
public class ReferralDrafting {

    private final ReferralRecords records;
    private final Communities communities;
    private final ServicePoints servicePoints;
    private final IdentitySeal seal;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    ReferralDrafting(
            ReferralRecords records,
            Communities communities,
            ServicePoints servicePoints,
            IdentitySeal seal,
            Scopes scopes,
            AuditTrail audit) {
        this.records = records;
        this.communities = communities;
        this.servicePoints = servicePoints;
        this.seal = seal;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** A new draft from the signed-in referrer (the web form, the API, the offline app). */
    public UUID create(ReferralInput input) {
        return create(input, ReferralRules.currentUser(), "WEB");
    }

    /** A new draft written for {@code owner}, who will complete and send it (an SMS concern, say). */
    UUID create(ReferralInput input, String owner, String source) {
        List<FieldProblem> problems = new ArrayList<>();
        CommunityRef community = community(input.communityId(), problems, source);
        Draft draft =
                Draft.read(input, community, problems, servicePoints, LocalDate.now(clock), !"SMS".equals(source));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = Ids.newId();
        Instant now = clock.instant();
        records.insert(
                draft.row(id, ReferralRules.newReference(), seal.seal(input.identity(), id), owner, source, now, 0));
        if ("SMS".equals(source)) {
            audit.recordAs(
                    "sms: rapidpro",
                    "REFERRAL_CREATED",
                    "referral",
                    id.toString(),
                    community.unitId(),
                    community.unitPath(),
                    source);
        } else {
            audit.record(
                    "REFERRAL_CREATED", "referral", id.toString(), community.unitId(), community.unitPath(), source);
        }
        return id;
    }

    /** Corrects a draft; only its sender may, and only before it is sent. */
    public void update(UUID id, ReferralInput input) {
        ReferralRecords.Row row = records.lock(id).orElseThrow(ReferralNotFoundException::new);
        ReferralRules.requireSender(row, scopes);
        if (row.status() != ReferralStatus.DRAFT) {
            throw new ReferralConflictException("referrals.conflict.notDraft", row.status());
        }
        List<FieldProblem> problems = new ArrayList<>();
        CommunityRef community = community(input.communityId(), problems, "WEB");
        Draft draft = Draft.read(input, community, problems, servicePoints, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean written = records.updateDraft(draft.row(
                id,
                row.reference(),
                seal.seal(input.identity(), id),
                row.createdBy(),
                row.source(),
                clock.instant(),
                row.version()));
        if (!written) {
            throw new ReferralConflictException("referrals.conflict.changed");
        }
        audit.record("REFERRAL_UPDATED", "referral", id.toString(), community.unitId(), community.unitPath(), null);
    }

    /**
     * Records consent and assent. Without both, a reason to go ahead is needed and the referrer must hold
     * {@link Permission#OVERRIDE_CONSENT} where the community is; such a referral is flagged.
     */
    public void consent(UUID id, ConsentInput input) {
        ReferralRecords.Row row = records.lock(id).orElseThrow(ReferralNotFoundException::new);
        ReferralRules.requireSender(row, scopes);
        if (row.status() != ReferralStatus.DRAFT) {
            throw new ReferralConflictException("referrals.conflict.notDraft", row.status());
        }
        List<FieldProblem> problems = new ArrayList<>();
        boolean complete = Boolean.TRUE.equals(input.caregiverConsent()) && Boolean.TRUE.equals(input.childAssent());
        String scope = ReferralInput.trim(input.scope());
        String reason = ReferralInput.trim(input.overrideReason());
        if (input.caregiverConsent() == null) {
            problems.add(new FieldProblem("caregiverConsent", "referrals.consent.required"));
        }
        if (input.childAssent() == null) {
            problems.add(new FieldProblem("childAssent", "referrals.consent.required"));
        }
        if (complete && scope == null) {
            problems.add(new FieldProblem("scope", "referrals.consent.scopeRequired"));
        }
        ReferralRules.length(problems, "scope", scope, 300);
        ReferralRules.length(problems, "overrideReason", reason, 1000);
        if (!complete && reason == null) {
            problems.add(new FieldProblem("overrideReason", "referrals.consent.overrideReasonRequired"));
        }
        if (!complete && reason != null && !scopes.permits(Permission.OVERRIDE_CONSENT, row.unitPath())) {
            problems.add(new FieldProblem("overrideReason", "referrals.consent.overrideNotPermitted"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        String user = ReferralRules.currentUser();
        boolean written = records.updateConsent(ReferralRules.withConsent(
                row,
                input.caregiverConsent(),
                input.childAssent(),
                scope,
                now,
                user,
                complete ? null : reason,
                complete ? null : user,
                now));
        if (!written) {
            throw new ReferralConflictException("referrals.conflict.changed");
        }
        audit.record(
                complete ? "REFERRAL_CONSENT_RECORDED" : "REFERRAL_CONSENT_OVERRIDDEN",
                "referral",
                id.toString(),
                row.unitId(),
                row.unitPath(),
                null);
    }

    private CommunityRef community(UUID communityId, List<FieldProblem> problems, String source) {
        if (communityId == null) {
            problems.add(new FieldProblem("communityId", "referrals.community.required"));
            throw new InvalidInputException(problems);
        }
        CommunityRef community = communities
                .find(communityId)
                .orElseThrow(() -> new InvalidInputException(
                        List.of(new FieldProblem("communityId", "referrals.community.unknown"))));
        if (!"SMS".equals(source)) {
            scopes.require(Permission.CREATE_REFERRALS, community.unitPath());
        }
        return community;
    }
}
