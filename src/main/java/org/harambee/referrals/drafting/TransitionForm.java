package org.harambee.referrals.drafting;

import org.harambee.referrals.TransitionInput;

/**
 * An action taken from a referral's page (acknowledge, accept, decline, close, withdraw, a consent decision…) with its
 * note, as typed; the action and the note are checked by {@link org.harambee.referrals.ReferralTransitions}.
 */
record TransitionForm(String action, String note) {

    TransitionInput input() {
        return new TransitionInput(action, note);
    }
}
