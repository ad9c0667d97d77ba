package org.harambee.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * A coordinator decided on a referral waiting for a consent decision: overridden (sent to its service point, flagged)
 * or returned to its sender ({@code sender}) with advice. Names the referral by its reference only, never the child.
 */
public record ConsentDecided(
        UUID referralId,
        String reference,
        UUID unitId,
        String unitPath,
        Decision decision,
        String decidedBy,
        String sender,
        Instant at) {

    /** What the coordinator decided. */
    public enum Decision {
        OVERRIDDEN,
        RETURNED
    }
}
