package org.harambee.referrals.model;

import java.time.Instant;
import java.util.UUID;
import org.harambee.referrals.ReferralStatus;

/**
 * Where a referral stands and waits: its status, the service point and how it was chosen, the deadline and its
 * escalations, and the service point's feedback. What a change of status writes; component names follow the columns.
 */
public record Progress(
        ReferralStatus status,
        UUID servicePointId,
        String routedBy,
        Instant dueAt,
        int escalations,
        boolean escalationExhausted,
        Boolean serviceProvided,
        String feedbackMessage,
        Instant sentAt) {

    static Progress draft(UUID servicePointId, String routedBy) {
        return new Progress(ReferralStatus.DRAFT, servicePointId, routedBy, null, 0, false, null, null, null);
    }
}
