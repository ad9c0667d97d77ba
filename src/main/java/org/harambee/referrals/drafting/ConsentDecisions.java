package org.harambee.referrals.drafting;

import java.time.Instant;
import org.harambee.access.AuditTrail;
import org.harambee.referrals.ConsentDecided;
import org.harambee.referrals.ConsentDecisionRequested;
import org.harambee.referrals.model.Change;
import org.harambee.referrals.model.Referral;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows a consent decision's steps, in the transaction of the step: the public events go out (the in-app
 * notices, {@link ConsentNotices}, follow them) and an override is audited as an override, as one by the sender is.
 */
@Component
public class ConsentDecisions {

    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ConsentDecisions(AuditTrail audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
    }

    /** After a change already saved and recorded: nothing unless it asked for or made a consent decision. */
    public void follow(Change change, String actor) {
        Referral r = change.referral();
        Instant at = change.event().at();
        switch (change.event().action()) {
            case ASK_CONSENT_DECISION ->
                events.publishEvent(new ConsentDecisionRequested(
                        r.id(), r.reference(), r.unitId(), r.unitPath(), r.priority(), actor, at));
            case OVERRIDE_CONSENT -> {
                audit.record(
                        "REFERRAL_CONSENT_OVERRIDDEN", "referral", r.id().toString(), r.unitId(), r.unitPath(), null);
                decided(r, ConsentDecided.Decision.OVERRIDDEN, actor, at);
            }
            case RETURN_WITH_ADVICE -> decided(r, ConsentDecided.Decision.RETURNED, actor, at);
            default -> {
                // not a consent decision
            }
        }
    }

    private void decided(Referral r, ConsentDecided.Decision decision, String actor, Instant at) {
        events.publishEvent(new ConsentDecided(
                r.id(), r.reference(), r.unitId(), r.unitPath(), decision, actor, r.createdBy(), at));
    }
}
