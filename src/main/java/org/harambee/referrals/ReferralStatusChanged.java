package org.harambee.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral changed status (sent, acknowledged, accepted, declined, service provided, closed, withdrawn, escalated),
 * with what the indicators need and nothing that identifies the child: where it came from, what it asked for, where
 * it waits, its deadline, and whether consent was overridden.
 */
public record ReferralStatusChanged(
        UUID referralId,
        UUID communityId,
        UUID unitId,
        String unitPath,
        ServiceCategory category,
        Priority priority,
        ReferralAction action,
        ReferralStatus from,
        ReferralStatus to,
        UUID servicePointId,
        Instant sentAt,
        Instant dueAt,
        Boolean serviceProvided,
        boolean consentOverridden,
        Instant at) {}
