package org.harambee.referrals.drafting;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.harambee.access.AccountLookup;
import org.harambee.access.AccountRef;
import org.harambee.access.Permission;
import org.harambee.access.Role;
import org.harambee.referrals.ConsentDecided;
import org.harambee.referrals.ConsentDecisionRequested;
import org.harambee.referrals.internal.ReferralRecords;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The in-app notices of a consent decision, written in the transaction of the step that publishes it: the
 * coordinators who may override consent where the community is learn that a decision waits; the sender learns what
 * was decided. A notice names the referral by its reference only.
 */
@Component
class ConsentNotices {

    /** Notice kinds. */
    static final String WAITING = "CONSENT_DECISION";

    static final String RETURNED = "CONSENT_RETURNED";
    static final String OVERRIDDEN = "CONSENT_OVERRIDDEN";

    private static final Set<Role> DECIDERS = EnumSet.noneOf(Role.class);

    static {
        for (Role role : Role.values()) {
            if (role.grants(Permission.OVERRIDE_CONSENT)) {
                DECIDERS.add(role);
            }
        }
    }

    private final ReferralRecords records;
    private final AccountLookup accounts;

    ConsentNotices(ReferralRecords records, AccountLookup accounts) {
        this.records = records;
        this.accounts = accounts;
    }

    @EventListener
    void on(ConsentDecisionRequested requested) {
        Set<String> deciders = new LinkedHashSet<>();
        for (Role role : DECIDERS) {
            accounts.holding(role, requested.unitPath()).stream()
                    .map(AccountRef::username)
                    .forEach(deciders::add);
        }
        deciders.forEach(username -> records.notice(username, requested.referralId(), WAITING, requested.at()));
    }

    @EventListener
    void on(ConsentDecided decided) {
        String kind = decided.decision() == ConsentDecided.Decision.OVERRIDDEN ? OVERRIDDEN : RETURNED;
        records.notice(decided.sender(), decided.referralId(), kind, decided.at());
    }
}
