package org.harambee.referrals.model;

import org.harambee.referrals.ReferralStatus;
import org.harambee.referrals.ReferralStatusChanged;

/** A change of status decided by a {@link Referral}: the referral as it now is, and the event to publish. */
public record Change(Referral referral, ReferralStatusChanged event) {

    /** The status the change started from: the save applies only if the stored referral still has it. */
    public ReferralStatus from() {
        return event.from();
    }
}
