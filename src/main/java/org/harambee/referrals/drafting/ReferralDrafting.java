package org.harambee.referrals.drafting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.referrals.ConsentInput;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.referrals.ReferralInput;
import org.harambee.referrals.ServicePoints;
import org.harambee.referrals.internal.IdentityCipher;
import org.harambee.referrals.internal.IdentitySeal;
import org.harambee.referrals.internal.ReferralRecords;
import org.harambee.referrals.internal.ReferralRules;
import org.harambee.referrals.model.Referral;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
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
        return create(input, CurrentUser.name(), "WEB");
    }

    /** A new draft written for {@code owner}, who will complete and send it (an SMS concern, say). */
    public UUID create(ReferralInput input, String owner, String source) {
        List<FieldProblem> problems = new ArrayList<>();
        CommunityRef community = community(input.communityId(), problems, source);
        Draft draft =
                Draft.read(input, community, problems, servicePoints, LocalDate.now(clock), !"SMS".equals(source));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = Ids.newId();
        IdentityCipher.Sealed identity = seal.seal(input.identity(), id);
        Referral referral = Referral.draft(
                id,
                ReferralRules.newReference(),
                draft.place(),
                draft.need(),
                draft.servicePointId(),
                draft.routedBy(),
                identity != null,
                source,
                owner,
                clock.instant());
        records.insert(referral, identity);
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
        Referral referral = records.lock(id).orElseThrow(NotFoundException.of("problem.referralNotFound"));
        ReferralRules.requireSender(referral, scopes);
        referral.requireDraft();
        List<FieldProblem> problems = new ArrayList<>();
        CommunityRef community = community(input.communityId(), problems, "WEB");
        Draft draft = Draft.read(input, community, problems, servicePoints, LocalDate.now(clock), true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        IdentityCipher.Sealed identity = seal.seal(input.identity(), id);
        Referral revised = referral.revise(
                draft.place(),
                draft.need(),
                draft.servicePointId(),
                draft.routedBy(),
                identity != null,
                clock.instant());
        if (!records.updateDraft(revised, identity)) {
            throw new ReferralConflictException("referrals.conflict.changed");
        }
        audit.record("REFERRAL_UPDATED", "referral", id.toString(), community.unitId(), community.unitPath(), null);
    }

    /**
     * Records consent and assent. Without both, going ahead needs a reason and {@link Permission#OVERRIDE_CONSENT}
     * where the community is (such a referral is flagged); without a reason, the answers are recorded and the draft
     * waits for a coordinator's consent decision before it can be sent.
     */
    public void consent(UUID id, ConsentInput input) {
        Referral referral = records.lock(id).orElseThrow(NotFoundException.of("problem.referralNotFound"));
        ReferralRules.requireSender(referral, scopes);
        Referral consented = referral.recordConsent(
                input.caregiverConsent(),
                input.childAssent(),
                Inputs.trimmed(input.scope()),
                Inputs.trimmed(input.overrideReason()),
                scopes.permits(Permission.OVERRIDE_CONSENT, referral.unitPath()),
                CurrentUser.name(),
                clock.instant());
        if (!records.updateConsent(consented)) {
            throw new ReferralConflictException("referrals.conflict.changed");
        }
        audit.record(
                consented.consent().overridden() ? "REFERRAL_CONSENT_OVERRIDDEN" : "REFERRAL_CONSENT_RECORDED",
                "referral",
                id.toString(),
                referral.unitId(),
                referral.unitPath(),
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
            scopes.require("communityId", Permission.CREATE_REFERRALS, community.unitPath());
        }
        return community;
    }
}
