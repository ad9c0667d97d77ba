package org.harambee.referrals.model;

import java.time.Instant;
import java.util.UUID;
import org.harambee.referrals.ReferralAction;
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

    Progress sent(UUID to, Instant due, Instant now) {
        return new Progress(ReferralStatus.SENT, to, routedBy, due, 0, false, null, null, now);
    }

    /**
     * After an answer or a step of the sender: the service point's note becomes the feedback, the deadline runs only
     * while an answer is awaited, and closing keeps whether the service was provided.
     */
    Progress after(ReferralAction action, String note) {
        Boolean provided = switch (action) {
            case PROVIDE -> Boolean.TRUE;
            case CLOSE -> status == ReferralStatus.SERVICE_PROVIDED;
            default -> serviceProvided;
        };
        String feedback = action.actor() == ReferralAction.Actor.SERVICE_POINT && note != null ? note : feedbackMessage;
        Instant due = action.to().awaitsAnswer() ? dueAt : null;
        return new Progress(
                action.to(),
                servicePointId,
                routedBy,
                due,
                escalations,
                escalationExhausted,
                provided,
                feedback,
                sentAt);
    }

    Progress escalatedTo(UUID to, Instant due) {
        return new Progress(
                ReferralStatus.ESCALATED,
                to,
                routedBy,
                due,
                escalations + 1,
                false,
                serviceProvided,
                feedbackMessage,
                sentAt);
    }

    Progress exhausted() {
        return new Progress(
                status, servicePointId, routedBy, dueAt, escalations, true, serviceProvided, feedbackMessage, sentAt);
    }
}
