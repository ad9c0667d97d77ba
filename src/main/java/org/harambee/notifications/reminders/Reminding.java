package org.harambee.notifications.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.harambee.access.AccountLookup;
import org.harambee.access.AccountRef;
import org.harambee.access.Role;
import org.harambee.agreements.AgreementsDue;
import org.harambee.notifications.Notifications;
import org.harambee.notifications.Template;
import org.harambee.notifications.Urgency;
import org.harambee.referrals.ServicePoints;
import org.harambee.system.DeploymentZone;
import org.harambee.system.JobLocks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminders of agreement reviews and open commitments coming due (within {@link ReminderSettings#days()})
 * or overdue: to the district coordinators whose area holds the agreement, and for a commitment whose responsible
 * party is a service point, to its officers; each in its language, on its channels, after its quiet hours.
 *
 * <p>Exactly once per item, due date and recipient: every node runs the job, but a run first takes the job's lock
 * ({@link JobLocks}), so runs follow one another, and a reminder is queued in the same transaction as its row of
 * {@code notification_reminder}, whose key a later run finds. A run that dies before committing queued nothing; a
 * moved due date is a new key.
 */
@Component
public class Reminding {

    static final String JOB = "notifications.reminders";

    private final AgreementsDue agreements;
    private final ReminderRecords reminders;
    private final Notifications notifications;
    private final AccountLookup accounts;
    private final ServicePoints servicePoints;
    private final JobLocks locks;
    private final DeploymentZone zone;
    private final ReminderSettings settings;
    private final TransactionTemplate transaction;
    private final String baseUrl;

    Reminding(
            AgreementsDue agreements,
            ReminderRecords reminders,
            Notifications notifications,
            AccountLookup accounts,
            ServicePoints servicePoints,
            JobLocks locks,
            DeploymentZone zone,
            ReminderSettings settings,
            PlatformTransactionManager transactions,
            @Value("${harambee.notifications.base-url:http://localhost:8080}") String baseUrl) {
        this.agreements = agreements;
        this.reminders = reminders;
        this.notifications = notifications;
        this.accounts = accounts;
        this.servicePoints = servicePoints;
        this.locks = locks;
        this.zone = zone;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Scheduled(cron = "${harambee.notifications.reminders.cron:0 0 6 * * *}")
    void daily() {
        // through the template: a call from within the class does not pass the transactional proxy
        transaction.execute(status -> run(zone.today()));
    }

    /** Queues the reminders not queued yet for what is due around {@code today}; answers how many it queued. */
    @Transactional
    public int run(LocalDate today) {
        locks.hold(JOB);
        Instant now = Instant.now();
        List<AgreementsDue.Due> due =
                agreements.between(today.minusDays(settings.overdueDays()), today.plusDays(settings.days()));
        Set<ReminderRecords.Key> queued =
                reminders.queuedFor(due.stream().map(AgreementsDue.Due::itemId).toList());
        Map<String, List<String>> coordinators = new HashMap<>();
        int count = 0;
        for (AgreementsDue.Due item : due) {
            Template template =
                    item.kind() == AgreementsDue.Kind.REVIEW ? Template.REVIEW_DUE : Template.COMMITMENT_DUE;
            List<String> parameters =
                    List.of(item.title(), item.dueOn().toString(), baseUrl + "/agreements/" + item.agreementId());
            Set<String> recipients = new LinkedHashSet<>(coordinators.computeIfAbsent(
                    item.unitPath(),
                    path -> accounts.holding(Role.DISTRICT_COORDINATOR, path).stream()
                            .map(AccountRef::username)
                            .toList()));
            if (item.servicePointId() != null) {
                recipients.addAll(servicePoints.officers(item.servicePointId()));
            }
            for (String recipient : recipients) {
                ReminderRecords.Key key =
                        new ReminderRecords.Key(item.kind().name(), item.itemId(), item.dueOn(), recipient);
                if (queued.add(key)) {
                    reminders.insert(key, now);
                    notifications.toAccount(recipient, template, parameters, Urgency.NORMAL);
                    count++;
                }
            }
        }
        locks.ran(JOB, now);
        return count;
    }
}
