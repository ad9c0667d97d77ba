package org.harambee.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * A referrer whose caregiver or child said no sent the draft for a consent decision: it waits for a coordinator who may
 * override consent where {@code unitPath} lies. Names the referral by its reference only, never the child.
 */
public record ConsentDecisionRequested(
        UUID referralId,
        String reference,
        UUID unitId,
        String unitPath,
        Priority priority,
        String requestedBy,
        Instant at) {}
