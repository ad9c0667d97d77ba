package org.harambee.referrals;

import java.util.UUID;
import org.harambee.referrals.drafting.ReferralDrafting;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phone-sized form's one step: the draft, its consent and, when asked, sending it (or asking for a consent
 * decision), in one transaction, so that a
 * refusal at any point leaves nothing behind (or the draft as it was).
 */
@Service
@Transactional
public class ReferralSubmission {

    private final ReferralDrafting drafting;
    private final ReferralTransitions transitions;

    ReferralSubmission(ReferralDrafting drafting, ReferralTransitions transitions) {
        this.drafting = drafting;
        this.transitions = transitions;
    }

    /** Creates (id null) or corrects a draft, records consent when given, and sends it when {@code send}. */
    public ReferralTransitions.Sent submit(UUID id, ReferralInput input, ConsentInput consent, boolean send) {
        return submit(id, input, consent, send ? ReferralAction.SEND : null);
    }

    /**
     * Creates (id null) or corrects a draft, records consent when given, and then, when {@code then} is not null,
     * sends it ({@link ReferralAction#SEND}) or asks for a consent decision
     * ({@link ReferralAction#ASK_CONSENT_DECISION}).
     */
    public ReferralTransitions.Sent submit(UUID id, ReferralInput input, ConsentInput consent, ReferralAction then) {
        UUID referralId = id;
        if (referralId == null) {
            referralId = drafting.create(input);
        } else {
            drafting.update(referralId, input);
        }
        if (consent != null && (consent.caregiverConsent() != null || consent.childAssent() != null || then != null)) {
            drafting.consent(referralId, consent);
        }
        if (then != null) {
            return transitions.apply(referralId, new TransitionInput(then.name(), null));
        }
        return new ReferralTransitions.Sent(referralId, null);
    }
}
