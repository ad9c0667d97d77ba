package org.harambee.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral moved along, with who is concerned by the move and nothing that identifies the child: its reference, the
 * account that sent it, the service point where it now waits and the community's unit path (for the coordinators of
 * the area). Published beside {@link ReferralStatusChanged}, in the same transaction, for the messages that tell
 * people (the notifications module).
 */
public record ReferralMoved(
        UUID referralId,
        String reference,
        String sender,
        ReferralAction action,
        ReferralStatus to,
        Priority priority,
        UUID servicePointId,
        String unitPath,
        Instant at) {}
