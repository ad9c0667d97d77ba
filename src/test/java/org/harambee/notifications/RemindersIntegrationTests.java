package org.harambee.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.harambee.capacity.CapacityTables;
import org.harambee.notifications.reminders.Reminding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily reminders: reviews and open commitments due within the week, or overdue, reach the district coordinator
 * of the agreement's area, and a commitment's service point officers, once per item, due date and recipient, however
 * often and on however many nodes the job runs; a moved due date reminds again; quiet hours hold a reminder.
 */
class RemindersIntegrationTests extends QuzlandMessages {

    @Autowired
    Reminding reminding;

    LocalDate today;
    UUID agreement;
    UUID commitment;

    void anAgreementDueThisWeek() {
        today = zone.today();
        UUID office = CapacityTables.servicePoint(jdbc, "Amber", "QZ0101", OFFICER);
        agreement = agreement("Amber referral pact", today.plusDays(3), office);
        commitment = commitment(agreement, today.minusDays(2));
        // not yet due, and already ended: no reminder
        commitment(agreement("Later pact", today.plusDays(40), office), today.plusDays(20));
        UUID ended = agreement("Ended pact", today.plusDays(1), office);
        jdbc.sql("update agreement set status = 'ENDED' where id = ?")
                .param(ended)
                .update();
        commitment(ended, today.plusDays(1));
    }

    @Test
    void aSecondRunSendsNothingAndEachRecipientGetsItsLanguage() throws Exception {
        anAgreementDueThisWeek();

        assertThat(reminding.run(today))
                .as("the review to the coordinator; the overdue commitment to the coordinator and the officer")
                .isEqualTo(3);
        assertThat(reminding.run(today)).as("a second run").isZero();
        assertThat(reminding.run(today.plusDays(1))).as("the next day").isZero();
        assertThat(queued())
                .extracting(Queued::recipient, Queued::template)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(COORDINATOR, "commitmentDue"),
                        org.assertj.core.groups.Tuple.tuple(COORDINATOR, "reviewDue"),
                        org.assertj.core.groups.Tuple.tuple(OFFICER, "commitmentDue"));

        assertThat(sender.pass()).isEqualTo(3);
        List<String> subjects = StandIns.mails().stream()
                .map(RemindersIntegrationTests::subject)
                .toList();
        assertThat(subjects)
                .containsExactlyInAnyOrder(
                        "Review of the agreement \"Amber referral pact\" due on " + today.plusDays(3),
                        "A commitment of the agreement \"Amber referral pact\" is due on " + today.minusDays(2),
                        "Un engagement de l'accord « Amber referral pact » arrive à échéance le " + today.minusDays(2));
        assertThat(StandIns.mails().stream().map(OutboxIntegrationTests::body))
                .allMatch(body -> body.contains(StandIns.BASE_URL + "/agreements/" + agreement));
    }

    @Test
    void runsOnTwoNodesAtOnceQueueEachReminderOnce() throws Exception {
        anAgreementDueThisWeek();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(nodes.submit(() -> {
                start.await();
                return reminding.run(today);
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> run : runs) {
            total += run.get(60, TimeUnit.SECONDS);
        }
        nodes.shutdown();
        assertThat(total).isEqualTo(3);
        assertThat(queued()).hasSize(3);
        assertThat(jdbc.sql("select count(*) from notification_reminder")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aMovedDueDateRemindsAgain() {
        anAgreementDueThisWeek();
        assertThat(reminding.run(today)).isEqualTo(3);
        jdbc.sql("update agreement set review_date = ? where id = ?")
                .params(Date.valueOf(today.plusDays(5)), agreement)
                .update();
        assertThat(reminding.run(today))
                .as("the new review date, to the coordinator")
                .isOne();
        assertThat(queued())
                .filteredOn(q -> q.template().equals("reviewDue"))
                .extracting(q -> q.parameters().get(0))
                .anyMatch(p -> p.contains(today.plusDays(5).toString()));
        assertThat(reminding.run(today)).isZero();
    }

    @Test
    void overdueItemsOlderThanTheWindowAreLeftToTheRemindersPage() {
        today = zone.today();
        UUID office = CapacityTables.servicePoint(jdbc, "Amber", "QZ0101");
        agreement("Old pact", today.minusDays(90), office);
        assertThat(reminding.run(today)).isZero();
        assertThat(queued()).isEmpty();
    }

    @Test
    void quietHoursHoldAReminder() {
        anAgreementDueThisWeek();
        quietNow(COORDINATOR);
        assertThat(reminding.run(today)).isEqualTo(3);
        assertThat(queued())
                .filteredOn(q -> q.recipient().equals(COORDINATOR))
                .hasSize(2)
                .allMatch(q -> q.nextAttemptAt().isAfter(Instant.now().plus(Duration.ofMinutes(55))));
        assertThat(sender.pass()).as("only the officer's, outside quiet hours").isOne();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
