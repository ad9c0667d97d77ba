package org.harambee.referrals.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.harambee.access.AccountLookup;
import org.harambee.access.AccountRef;
import org.harambee.access.AuditTrail;
import org.harambee.access.Role;
import org.harambee.referrals.ReferralTransitions;
import org.harambee.referrals.ServicePointRef;
import org.harambee.referrals.ServicePoints;
import org.harambee.referrals.internal.ReferralRecords;
import org.harambee.referrals.links.OneTimeLinks;
import org.harambee.referrals.model.Change;
import org.harambee.referrals.model.Referral;
import org.harambee.system.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates referrals that passed their deadline without an answer to the service point of the same category one
 * level up, with a new deadline, and tells the district coordinators of the community's area. Any number of nodes may
 * run it: each pass first takes the job's lock ({@link JobLocks}), so passes run one at a time,
 * and a later pass finds the referrals already moved on (their new deadline lies ahead).
 */
@Component
public class Escalation {

    static final int BATCH = 500;
    static final String JOB = "referrals.escalation";
    private static final Logger log = LoggerFactory.getLogger(Escalation.class);

    private final ReferralRecords records;
    private final ReferralTransitions transitions;
    private final ServicePoints servicePoints;
    private final Deadlines deadlines;
    private final OneTimeLinks links;
    private final AccountLookup accounts;
    private final AuditTrail audit;
    private final JobLocks locks;
    private final TransactionTemplate transaction;

    Escalation(
            ReferralRecords records,
            ReferralTransitions transitions,
            ServicePoints servicePoints,
            Deadlines deadlines,
            OneTimeLinks links,
            AccountLookup accounts,
            AuditTrail audit,
            JobLocks locks,
            PlatformTransactionManager transactions) {
        this.records = records;
        this.transitions = transitions;
        this.servicePoints = servicePoints;
        this.deadlines = deadlines;
        this.links = links;
        this.accounts = accounts;
        this.audit = audit;
        this.locks = locks;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(
            fixedDelayString = "${harambee.referrals.escalation-interval:PT1M}",
            initialDelayString = "${harambee.referrals.escalation-interval:PT1M}")
    void scheduled() {
        // through the template: a call from within the class does not pass the transactional proxy
        int escalated = transaction.execute(status -> escalateOverdue(Instant.now()));
        if (escalated > 0) {
            log.info("Escalated {} overdue referrals", escalated);
        }
    }

    /** One pass at {@code now}; returns how many referrals it moved or marked. */
    @Transactional
    public int escalateOverdue(Instant now) {
        locks.hold(JOB);
        List<Referral> overdue = records.overdue(now, BATCH);
        for (Referral referral : overdue) {
            escalate(referral, now);
        }
        locks.ran(JOB, now);
        return overdue.size();
    }

    private void escalate(Referral referral, Instant now) {
        Optional<ServicePointRef> target = servicePoints.escalationTarget(referral.servicePointId());
        if (target.isEmpty()) {
            if (records.updateStatus(referral.exhaustEscalation(now), referral.status())) {
                audit.recordAs(
                        "system",
                        "REFERRAL_ESCALATION_EXHAUSTED",
                        "referral",
                        referral.id().toString(),
                        referral.unitId(),
                        referral.unitPath(),
                        null);
                notifyCoordinators(referral, "OVERDUE_NO_LEVEL_ABOVE", now);
            }
            return;
        }
        ServicePointRef to = target.get();
        Change change = referral.escalate(to, deadlines.of(referral.priority()), now);
        if (!records.updateStatus(change.referral(), change.from())) {
            return;
        }
        links.revoke(referral.id(), now);
        transitions.record(change, "system", "SYSTEM", null);
        notifyCoordinators(referral, to.onPlatform() ? "ESCALATED" : "ESCALATED_OFF_PLATFORM", now);
    }

    private void notifyCoordinators(Referral referral, String kind, Instant now) {
        for (AccountRef coordinator : accounts.holding(Role.DISTRICT_COORDINATOR, referral.unitPath())) {
            records.notice(coordinator.username(), referral.id(), kind, now);
        }
    }
}
