package org.harambee.agreements.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import org.harambee.access.AuditTrail;
import org.harambee.agreements.AgreementLapsed;
import org.harambee.agreements.internal.AgreementRecords;
import org.harambee.agreements.internal.Parties;
import org.harambee.agreements.model.Change;
import org.harambee.system.JobLocks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily lapse: agreements in force whose review date has passed without a review are stored as lapsed and
 * {@link AgreementLapsed} is published, once per agreement. Pages show them lapsed from the first day already; this
 * job makes it a recorded fact that other modules hear of.
 *
 * <p>On several nodes each runs the job. The job first takes its lock ({@link JobLocks}), so the runs follow one
 * another; the second run then finds nothing left to mark, because each update is conditional on the status still
 * being in force.
 */
@Component
public class Lapsing {

    static final String JOB = "agreements.lapse";

    private final AgreementRecords records;
    private final Parties parties;
    private final JobLocks locks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Lapsing(
            AgreementRecords records,
            Parties parties,
            JobLocks locks,
            AuditTrail audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.records = records;
        this.parties = parties;
        this.locks = locks;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${harambee.agreements.lapse-cron:0 15 1 * * *}")
    public void daily() {
        // through the template: a call from within the class does not pass the transactional proxy
        transaction.execute(status -> run(LocalDate.now()));
    }

    /** Marks the agreements whose review date is before {@code today}; answers how many this run marked. */
    @Transactional
    public int run(LocalDate today) {
        locks.hold(JOB);
        int marked = 0;
        for (AgreementRecords.Row row : records.pastReview(today)) {
            Change change = row.agreement().lapse(parties.ties(records.parties(row.id())), today);
            if (records.changeStatus(row.id(), change.from(), change.agreement().status())) {
                marked++;
                audit.recordAs(
                        "system",
                        "AGREEMENT_LAPSED",
                        "agreement",
                        row.id().toString(),
                        row.unitId(),
                        row.unitPath(),
                        "review due " + row.reviewDate());
                change.events().forEach(events::publishEvent);
            }
        }
        locks.ran(JOB, Instant.now());
        return marked;
    }
}
