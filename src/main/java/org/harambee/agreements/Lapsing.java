package org.harambee.agreements;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.harambee.access.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily lapse: agreements in force whose review date has passed without a review are stored as lapsed and
 * {@link AgreementLapsed} is published, once per agreement. Pages show them lapsed from the first day already; this
 * job makes it a recorded fact that other modules hear of.
 *
 * <p>On several nodes each runs the job. The job first locks its row of {@code agreement_job_lock} ({@code select ...
 * for update}), so the runs follow one another; the lock is released when the transaction ends, also when a node
 * dies. The second run then finds nothing left to mark, because each update is conditional on the status still
 * being in force. No extra table of leases and no clock agreement between nodes is needed.
 */
@Component
class Lapsing {

    private final AgreementRecords records;
    private final Parties parties;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Lapsing(
            AgreementRecords records,
            Parties parties,
            JdbcClient jdbc,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.parties = parties;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    @Scheduled(cron = "${harambee.agreements.lapse-cron:0 15 1 * * *}")
    void daily() {
        run(LocalDate.now());
    }

    /** Marks the agreements whose review date is before {@code today}; answers how many this run marked. */
    @Transactional
    int run(LocalDate today) {
        jdbc.sql("select name from agreement_job_lock where name = 'lapse' for update")
                .query(String.class)
                .single();
        int marked = 0;
        for (AgreementRecords.Row row : records.pastReview(today)) {
            if (records.changeStatus(row.id(), AgreementStatus.IN_FORCE, AgreementStatus.LAPSED)) {
                marked++;
                audit.recordAs(
                        "system",
                        "AGREEMENT_LAPSED",
                        "agreement",
                        row.id().toString(),
                        row.unitId(),
                        row.unitPath(),
                        "review due " + row.reviewDate());
                events.publishEvent(new AgreementLapsed(
                        row.id(),
                        row.unitId(),
                        row.unitPath(),
                        parties.communityIds(records.parties(row.id())),
                        row.reviewDate()));
            }
        }
        jdbc.sql("update agreement_job_lock set last_run_at = ? where name = 'lapse'")
                .param(Timestamp.from(Instant.now()))
                .update();
        return marked;
    }
}
