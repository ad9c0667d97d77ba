package org.harambee.notifications.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.notifications.Channel;
import org.harambee.notifications.Notifications;
import org.harambee.notifications.StandIns;
import org.harambee.notifications.Template;
import org.harambee.notifications.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bench of bench/notifications.sh (not a test: it runs only when asked): N notifications queued one per
 * transaction through {@link Notifications#toAccount} (as N business actions would) and delivered by the sender to a
 * null gateway and to GreenMail, beside N plain inserts of the same outbox row one per transaction, in the same run.
 * Writes its figures to {@code bench.out}.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "harambee.bench.notifications", matches = "true")
class OutboxBench {

    static final String RECIPIENT = "bench-officer";

    @DynamicPropertySource
    static void standIns(DynamicPropertyRegistry registry) {
        StandIns.register(registry);
        registry.add("harambee.notifications.batch-size", () -> System.getProperty("bench.batch", "200"));
    }

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxRecords records;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void queueAndDeliverAgainstPlainInserts() throws IOException {
        int count = Integer.getInteger("bench.count", 10_000);
        int warmup = Integer.getInteger("bench.warmup", 1_000);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        TestAccounts.create(jdbc, RECIPIENT, "synthetic-bench-pass-1", Role.SERVICE_POINT_OFFICER);
        jdbc.sql("update access_user set email = 'bench.officer@example.org' where username = ?")
                .param(RECIPIENT)
                .update();
        AtomicLong delivered = new AtomicLong();
        Gateway nothing = new Gateway() {
            @Override
            public Channel channel() {
                return Channel.EMAIL;
            }

            @Override
            public boolean configured() {
                return true;
            }

            @Override
            public void deliver(Outgoing message) {
                delivered.incrementAndGet();
            }
        };
        OutboxSender toNothing = new OutboxSender(
                records,
                context.getBean(Rendering.class),
                context.getBean(NotificationSettings.class),
                List.of(nothing),
                transactions);
        OutboxSender toGreenMail = SenderInstances.fresh(context);

        // warm up both paths, then start from an empty outbox
        plainInserts(transaction, warmup);
        empty();
        queue(transaction, warmup);
        drain(toNothing);
        empty();

        long plain = plainInserts(transaction, count);
        empty();
        long queued = queue(transaction, count);
        long drained = drain(toNothing);
        assertThat(delivered.get()).isEqualTo(count + warmup);
        assertThat(sent()).isEqualTo(count);
        empty();
        long queuedForMail = queue(transaction, count);
        StandIns.reset();
        long mailed = drain(toGreenMail);
        assertThat(sent()).isEqualTo(count);
        assertThat(StandIns.mails()).hasSize(count);
        empty();

        double nullRatio = (double) (queued + drained) / plain;
        double mailRatio = (double) (queuedForMail + mailed) / plain;
        String report = String.format(
                Locale.ROOT,
                """
                # Notifications: outbox and sender against plain inserts

                - database: %s
                - %,d notifications, one per transaction, batch %s; warm-up %,d
                - plain outbox inserts (one per transaction): %,d ms (%.0f rows/s)
                - queued through Notifications.toAccount (account and preference read, insert): %,d ms
                - delivered to a null gateway: %,d ms; queued + delivered: %,d ms, **%.2f x** the plain inserts
                - delivered to GreenMail (SMTP on 127.0.0.1): %,d ms; queued + delivered: %,d ms, %.2f x
                """,
                jdbc.sql("select version()").query(String.class).single().split(",")[0],
                count,
                System.getProperty("bench.batch", "200"),
                warmup,
                plain / 1_000_000,
                count * 1e9 / plain,
                queued / 1_000_000,
                drained / 1_000_000,
                (queued + drained) / 1_000_000,
                nullRatio,
                mailed / 1_000_000,
                (queuedForMail + mailed) / 1_000_000,
                mailRatio);
        System.out.println(report);
        String out = System.getProperty("bench.out");
        if (out != null) {
            Files.writeString(Path.of(out), report);
        }
    }

    private long plainInserts(TransactionTemplate transaction, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            transaction.executeWithoutResult(status -> jdbc.sql("insert into notification_outbox (id, recipient_kind,"
                            + " recipient, address, channel, language, template, parameters, urgency, status,"
                            + " next_attempt_at, created_at) values (?, 'ACCOUNT', ?, ?, 'EMAIL', 'en',"
                            + " 'referralArrived', ?, 'NORMAL', 'QUEUED', ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            RECIPIENT,
                            "bench.officer@example.org",
                            "[\"HMB-BENCH\",\"https://harambee.example.org/referrals/x\"]",
                            Timestamp.from(Instant.now()),
                            Timestamp.from(Instant.now()))
                    .update());
        }
        return System.nanoTime() - start;
    }

    private long queue(TransactionTemplate transaction, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String reference = "HMB-BENCH-" + i;
            transaction.executeWithoutResult(status -> notifications.toAccount(
                    RECIPIENT,
                    Template.REFERRAL_ARRIVED,
                    List.of(reference, "https://harambee.example.org/referrals/x"),
                    Urgency.NORMAL));
        }
        return System.nanoTime() - start;
    }

    private static long drain(OutboxSender sender) {
        long start = System.nanoTime();
        while (sender.pass() > 0) {
            // until nothing is due
        }
        return System.nanoTime() - start;
    }

    private long sent() {
        return jdbc.sql("select count(*) from notification_outbox where status = 'SENT'")
                .query(Long.class)
                .single();
    }

    private void empty() {
        jdbc.sql("delete from notification_outbox").update();
    }
}
