package org.harambee.referrals;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.harambee.access.AccountLookup;
import org.harambee.access.AccountRef;
import org.harambee.access.AuditTrail;
import org.harambee.access.Permission;
import org.harambee.access.Role;
import org.harambee.referrals.model.Change;
import org.harambee.referrals.model.Referral;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows a consent decision's steps, in the transaction of the step: the coordinators who may override consent
 * where the community is are told a decision waits; the sender is told what was decided; the public events go out; an
 * override is audited as an override, as one by the sender is.
 */
@Component
class ConsentDecisions {

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
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ConsentDecisions(
            ReferralRecords records, AccountLookup accounts, AuditTrail audit, ApplicationEventPublisher events) {
        this.records = records;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
    }

    /** After a change already saved and recorded: nothing unless it asked for or made a consent decision. */
    void follow(Change change, String actor) {
        Referral r = change.referral();
        Instant at = change.event().at();
        switch (change.event().action()) {
            case ASK_CONSENT_DECISION -> {
                Set<String> deciders = new LinkedHashSet<>();
                for (Role role : DECIDERS) {
                    accounts.holding(role, r.unitPath()).stream()
                            .map(AccountRef::username)
                            .forEach(deciders::add);
                }
                deciders.forEach(username -> records.notice(username, r.id(), WAITING, at));
                events.publishEvent(new ConsentDecisionRequested(
                        r.id(), r.reference(), r.unitId(), r.unitPath(), r.priority(), actor, at));
            }
            case OVERRIDE_CONSENT -> {
                audit.record(
                        "REFERRAL_CONSENT_OVERRIDDEN", "referral", r.id().toString(), r.unitId(), r.unitPath(), null);
                decided(r, ConsentDecided.Decision.OVERRIDDEN, OVERRIDDEN, actor, at);
            }
            case RETURN_WITH_ADVICE -> decided(r, ConsentDecided.Decision.RETURNED, RETURNED, actor, at);
            default -> {
                // not a consent decision
            }
        }
    }

    private void decided(Referral r, ConsentDecided.Decision decision, String kind, String actor, Instant at) {
        records.notice(r.createdBy(), r.id(), kind, at);
        events.publishEvent(new ConsentDecided(
                r.id(), r.reference(), r.unitId(), r.unitPath(), decision, actor, r.createdBy(), at));
    }
}
