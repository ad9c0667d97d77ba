package org.harambee.referrals.model;

import java.time.Instant;
import org.harambee.referrals.ReferralAction;
import org.harambee.referrals.ReferralStatus;
import org.harambee.referrals.ReferralStatusChanged;

/** A change of status decided by a {@link Referral}: the referral as it now is, and the event to publish. */
public record Change(Referral referral, ReferralStatusChanged event) {

    /** {@code before} became {@code after} by {@code action} at {@code now}: the event says from what to what. */
    static Change of(Referral before, ReferralAction action, Referral after, Instant now) {
        Progress next = after.progress();
        return new Change(
                after,
                new ReferralStatusChanged(
                        after.id(),
                        after.communityId(),
                        after.unitId(),
                        after.unitPath(),
                        after.category(),
                        after.priority(),
                        action,
                        before.status(),
                        next.status(),
                        next.servicePointId(),
                        next.sentAt(),
                        next.dueAt(),
                        next.serviceProvided(),
                        after.consent().overridden(),
                        now));
    }

    /** The status the change started from: the save applies only if the stored referral still has it. */
    public ReferralStatus from() {
        return event.from();
    }
}
