package org.harambee.referrals.links;

import org.harambee.referrals.TransitionInput;

/**
 * The answer of a service point through its one-time link (acknowledge, accept, decline, close) with its note, as
 * typed; both are checked by {@link LinkAnswers}.
 */
record LinkForm(String action, String note) {

    TransitionInput input() {
        return new TransitionInput(action, note);
    }
}
