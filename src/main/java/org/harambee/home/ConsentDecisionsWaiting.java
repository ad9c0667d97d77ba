package org.harambee.home;

import java.util.Optional;
import org.harambee.access.Permission;
import org.harambee.access.Role;
import org.harambee.access.Scopes;
import org.harambee.referrals.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * Referrals a facilitator sent for a consent decision, waiting for a district coordinator who may override consent
 * in their area (decision 0027): shown only to holders of that permission.
 */
@Component
class ConsentDecisionsWaiting implements WaitingWork {

    private final Scopes scopes;
    private final WorkWaiting referrals;

    ConsentDecisionsWaiting(Scopes scopes, WorkWaiting referrals) {
        this.scopes = scopes;
        this.referrals = referrals;
    }

    @Override
    public Role role() {
        return Role.DISTRICT_COORDINATOR;
    }

    @Override
    public Optional<Home.Item> item(Reader reader) {
        if (!scopes.permissions().contains(Permission.OVERRIDE_CONSENT)) {
            return Optional.empty();
        }
        long waiting = referrals.consentDecisions(scopes.of(Permission.OVERRIDE_CONSENT));
        return Optional.of(new Home.Item("consentDecisions", waiting, "/referrals?box=CONSENT_DECISIONS", waiting > 0));
    }
}
