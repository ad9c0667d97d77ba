package org.harambee.referrals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A referral as its readers see it: the child's minimal data, where it came from and where it waits, its deadline
 * and the feedback to the referrer, consent, and the timeline. Never the identifying details (see
 * {@link ChildIdentity}, opened apart and audited).
 */
public record ReferralView(
        UUID id,
        String reference,
        UUID communityId,
        String communityName,
        ServiceCategory category,
        Priority priority,
        String ageBand,
        String sex,
        boolean disability,
        String reason,
        UUID servicePointId,
        String servicePointName,
        String routedBy,
        ReferralStatus status,
        Instant dueAt,
        boolean overdue,
        int escalations,
        Boolean serviceProvided,
        String feedbackMessage,
        Consent consent,
        boolean identityRecorded,
        String createdBy,
        Instant createdAt,
        Instant sentAt,
        String source,
        List<Step> timeline) {

    /**
     * The advice of the coordinator who returned the draft without going ahead (the last return on its timeline), while
     * it is a draft again; null otherwise.
     */
    public String consentAdvice() {
        if (status != ReferralStatus.DRAFT) {
            return null;
        }
        String advice = null;
        for (Step step : timeline) {
            if (step.action() == ReferralAction.RETURN_WITH_ADVICE) {
                advice = step.note();
            }
        }
        return advice;
    }

    /** Consent as recorded: both asked and given, or overridden with a reason (flagged). */
    public record Consent(
            Boolean caregiverConsent,
            Boolean childAssent,
            String scope,
            boolean overridden,
            String overrideReason,
            Instant recordedAt) {}

    /** One line of the timeline: what happened, from which status to which, where, by whom, how, when. */
    public record Step(
            ReferralAction action,
            ReferralStatus from,
            ReferralStatus to,
            String servicePointName,
            String actor,
            String via,
            String note,
            Instant at) {}

    /** A line of a list: what an inbox or "my referrals" shows. */
    public record Summary(
            UUID id,
            String reference,
            String communityName,
            ServiceCategory category,
            Priority priority,
            String ageBand,
            String sex,
            String servicePointName,
            ReferralStatus status,
            Instant dueAt,
            boolean overdue,
            int escalations,
            Boolean serviceProvided,
            String feedbackMessage,
            boolean consentOverridden,
            Instant createdAt,
            Instant sentAt) {}
}
