package org.harambee.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.notifications.outbox.OutboxSender;
import org.harambee.notifications.outbox.SenderInstances;
import org.harambee.system.DeploymentZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox against real stand-ins: a row is written with the caller's transaction or not at all; GreenMail receives
 * one e-mail per row in the recipient's language; RapidPro gets its exact broadcast request; a gateway that answers
 * 500 is tried again after a doubling wait and the row fails after the last attempt; two senders at once deliver
 * each row once; a sender that starts afresh resends nothing; quiet hours hold a normal message, not an emergency.
 */
@SpringBootTest
class OutboxIntegrationTests {

    static final String OFFICER = "outbox-officer";
    static final String FRENCH_OFFICER = "outbox-officier";

    @DynamicPropertySource
    static void standIns(DynamicPropertyRegistry registry) {
        StandIns.register(registry);
    }

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DeploymentZone zone;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationContext context;

    TransactionTemplate transaction;

    @BeforeEach
    void emptyOutboxAndTwoAccounts() {
        transaction = new TransactionTemplate(transactions);
        jdbc.sql("delete from notification_outbox").update();
        jdbc.sql("delete from notification_preference").update();
        account(OFFICER, "outbox.officer@example.org", "+000 111 0001", "en");
        account(FRENCH_OFFICER, "officier@example.org", null, "fr");
        StandIns.reset();
    }

    @Test
    void aRowIsWrittenWithTheCallersTransactionOrNotAtAll() {
        transaction.executeWithoutResult(status -> {
            notifications.toAccount(OFFICER, Template.REFERRAL_ARRIVED, List.of("HMB-1", "link"), Urgency.NORMAL);
            status.setRollbackOnly();
        });
        assertThat(rows()).as("rolled back with the caller").isZero();
        transaction.executeWithoutResult(status ->
                notifications.toAccount(OFFICER, Template.REFERRAL_ARRIVED, List.of("HMB-1", "link"), Urgency.NORMAL));
        assertThat(rows()).isOne();
    }

    @Test
    void greenMailReceivesOneEmailPerRowInTheRecipientsLanguage() throws Exception {
        queue(
                FRENCH_OFFICER,
                Template.REFERRAL_ARRIVED,
                Urgency.NORMAL,
                "HMB-2026-0042",
                StandIns.BASE_URL + "/referrals/x");
        queue(OFFICER, Template.REFERRAL_ARRIVED, Urgency.NORMAL, "HMB-2026-0043", StandIns.BASE_URL + "/referrals/y");

        assertThat(sender.pass()).isEqualTo(2);
        assertThat(sender.pass()).as("nothing is due any more").isZero();

        List<MimeMessage> mails = StandIns.mails();
        assertThat(mails).hasSize(2);
        MimeMessage french = mails.stream()
                .filter(m -> address(m).equals("officier@example.org"))
                .findFirst()
                .orElseThrow();
        assertThat(french.getSubject()).isEqualTo("L'orientation HMB-2026-0042 vous attend");
        assertThat(body(french))
                .contains("l'orientation HMB-2026-0042 attend à votre point de service")
                .contains(StandIns.BASE_URL + "/referrals/x");
        assertThat(french.getFrom()[0].toString()).isEqualTo(StandIns.FROM);
        MimeMessage english = mails.stream()
                .filter(m -> address(m).equals("outbox.officer@example.org"))
                .findFirst()
                .orElseThrow();
        assertThat(english.getSubject()).isEqualTo("Referral HMB-2026-0043 is waiting for you");
        assertThat(jdbc.sql("select status from notification_outbox")
                        .query(String.class)
                        .list())
                .containsOnly("SENT");
    }

    @Test
    void rapidProGetsTheExactBroadcastRequest() throws Exception {
        transaction.executeWithoutResult(status -> notifications.toAddress(
                UUID.randomUUID().toString(),
                Channel.SMS,
                "+232 76 000 111",
                Template.LINK_ISSUED,
                List.of("HMB-2026-0007"),
                StandIns.BASE_URL + "/r/synthetic-token",
                Urgency.NORMAL));

        assertThat(sender.pass()).isOne();

        List<RecordedRequest> requests = StandIns.smsRequests();
        assertThat(requests).hasSize(1);
        RecordedRequest request = requests.get(0);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/v2/broadcasts.json");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token " + StandIns.TOKEN);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode body = json.readTree(request.getBody().utf8());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("urns", "text");
        assertThat(body.get("urns").size()).isOne();
        assertThat(body.get("urns").get(0).asString()).isEqualTo("tel:+23276000111");
        assertThat(body.get("text").asString())
                .isEqualTo("Harambee: referral HMB-2026-0007 was sent to your office. Open it with this link, for this"
                        + " referral only: " + StandIns.BASE_URL + "/r/synthetic-token");
        assertThat(jdbc.sql("select secret from notification_outbox")
                        .query(String.class)
                        .optional())
                .as("the link is erased once sent")
                .isEmpty();
    }

    @Test
    void aGatewayErrorIsTriedAgainAfterADoublingWaitThenFailsAfterTheLastAttempt() {
        StandIns.rapidProAnswers(500);
        transaction.executeWithoutResult(status -> notifications.toAddress(
                "sp",
                Channel.SMS,
                "+000 222 0002",
                Template.LINK_ISSUED,
                List.of("HMB-9"),
                "secret-link",
                Urgency.NORMAL));

        Instant before = Instant.now();
        assertThat(sender.pass()).isOne();
        Row first = row();
        assertThat(first.status()).isEqualTo("QUEUED");
        assertThat(first.attempts()).isOne();
        assertThat(first.lastError()).isEqualTo("RapidPro answered HTTP 500");
        assertThat(Duration.between(before, first.nextAttemptAt()))
                .isBetween(Duration.ofSeconds(9), Duration.ofSeconds(12));
        assertThat(sender.pass()).as("not due before its wait is over").isZero();

        due();
        assertThat(sender.pass()).isOne();
        Row second = row();
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(Duration.between(before, second.nextAttemptAt()))
                .as("twice the first wait")
                .isBetween(Duration.ofSeconds(19), Duration.ofSeconds(23));

        due();
        assertThat(sender.pass()).isOne();
        Row last = row();
        assertThat(last.status()).isEqualTo("FAILED");
        assertThat(last.attempts()).isEqualTo(3);
        assertThat(last.secret()).as("a failed link is erased too").isNull();
        due();
        assertThat(sender.pass()).isZero();
        assertThat(StandIns.smsRequests()).hasSize(3);
    }

    @Test
    void twoSendersAtOnceDeliverEachRowExactlyOnce() throws Exception {
        int count = 120;
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                notifications.toAccount(
                        OFFICER, Template.REFERRAL_ARRIVED, List.of("HMB-" + i, "link"), Urgency.NORMAL);
            }
        });
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> claimed = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            claimed.add(nodes.submit(() -> {
                start.await();
                int total = 0;
                for (int got = sender.pass(); got > 0; got = sender.pass()) {
                    total += got;
                }
                return total;
            }));
        }
        start.countDown();
        int total = claimed.get(0).get(60, TimeUnit.SECONDS) + claimed.get(1).get(60, TimeUnit.SECONDS);
        nodes.shutdown();

        assertThat(total).isEqualTo(count);
        List<MimeMessage> mails = StandIns.mails();
        assertThat(mails).hasSize(count);
        Set<String> subjects = ConcurrentHashMap.newKeySet();
        for (MimeMessage m : mails) {
            assertThat(subjects.add(m.getSubject()))
                    .as("delivered twice: %s", m.getSubject())
                    .isTrue();
        }
        assertThat(jdbc.sql("select count(*) from notification_outbox where status = 'SENT'")
                        .query(Long.class)
                        .single())
                .isEqualTo(count);
    }

    @Test
    void aSenderStartedAfreshResendsNothingAndTakesOverADeadNodesRows() {
        queue(OFFICER, Template.REFERRAL_ARRIVED, Urgency.NORMAL, "HMB-A", "link");
        assertThat(sender.pass()).isOne();
        OutboxSender restarted = SenderInstances.fresh(context);
        assertThat(restarted.pass()).as("a new process finds the row sent").isZero();
        assertThat(StandIns.mails()).hasSize(1);

        // a node claimed a row and died before sending it: its lease runs out, another node takes it
        queue(OFFICER, Template.REFERRAL_ARRIVED, Urgency.NORMAL, "HMB-B", "link");
        jdbc.sql("update notification_outbox set status = 'SENDING', claimed_by = 'dead-node', attempts = 1,"
                        + " claimed_until = ? where status = 'QUEUED'")
                .param(java.sql.Timestamp.from(Instant.now().plusSeconds(30)))
                .update();
        assertThat(restarted.pass()).as("not while its lease holds").isZero();
        jdbc.sql("update notification_outbox set claimed_until = ? where claimed_by = 'dead-node'")
                .param(java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
                .update();
        assertThat(restarted.pass()).isOne();
        assertThat(StandIns.mails()).hasSize(2);
        assertThat(restarted.pass()).isZero();
    }

    @Test
    void quietHoursHoldANormalMessageButNotAnEmergency() {
        LocalTime now = ZonedDateTime.now(zone.zone()).toLocalTime();
        jdbc.sql("insert into notification_preference (username, email, sms, in_app, quiet_from, quiet_until,"
                        + " updated_at) values (?, true, false, true, ?, ?, ?)")
                .params(
                        OFFICER,
                        java.sql.Time.valueOf(now.minusHours(1).withNano(0)),
                        java.sql.Time.valueOf(now.plusHours(1).withNano(0)),
                        java.sql.Timestamp.from(Instant.now()))
                .update();
        queue(OFFICER, Template.REFERRAL_ARRIVED, Urgency.NORMAL, "HMB-NORMAL", "link");
        queue(OFFICER, Template.REFERRAL_ARRIVED, Urgency.EMERGENCY, "HMB-EMERGENCY", "link");

        assertThat(sender.pass()).isOne();
        assertThat(StandIns.mails())
                .extracting(MimeMessage::getSubject)
                .containsExactly("Referral HMB-EMERGENCY is waiting for you");
        Instant held = jdbc.sql("select next_attempt_at from notification_outbox where status = 'QUEUED'")
                .query(Instant.class)
                .single();
        assertThat(held).isAfter(Instant.now().plus(Duration.ofMinutes(55)));
    }

    @Test
    void aChannelWithoutAGatewayKeepsItsRowsQueued() {
        queue(OFFICER, Template.REFERRAL_ARRIVED, Urgency.NORMAL, "HMB-Q", "link");
        OutboxSender withoutGateways = SenderInstances.withoutGateways(context);
        assertThat(withoutGateways.configuredChannels()).isEmpty();
        assertThat(withoutGateways.pass()).isZero();
        assertThat(row().status()).isEqualTo("QUEUED");
        assertThat(row().attempts()).isZero();
    }

    @Test
    void anAccountWithoutAddressOrDisabledGetsNoRow() {
        account("outbox-nobody", null, null, null);
        jdbc.sql("update access_user set enabled = false where username = ?")
                .param(FRENCH_OFFICER)
                .update();
        transaction.executeWithoutResult(status -> {
            assertThat(notifications.toAccount(
                            "outbox-nobody", Template.REFERRAL_ARRIVED, List.of("a", "b"), Urgency.NORMAL))
                    .isZero();
            assertThat(notifications.toAccount(
                            FRENCH_OFFICER, Template.REFERRAL_ARRIVED, List.of("a", "b"), Urgency.NORMAL))
                    .isZero();
            assertThat(notifications.toAccount(
                            "no-such-account", Template.REFERRAL_ARRIVED, List.of("a"), Urgency.NORMAL))
                    .isZero();
        });
        assertThat(rows()).isZero();
    }

    record Row(String status, int attempts, String lastError, Instant nextAttemptAt, String secret) {}

    Row row() {
        return jdbc.sql("select status, attempts, last_error, next_attempt_at, secret from notification_outbox")
                .query(Row.class)
                .single();
    }

    void due() {
        jdbc.sql("update notification_outbox set next_attempt_at = ? where status = 'QUEUED'")
                .param(java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
                .update();
    }

    void queue(String username, Template template, Urgency urgency, String... parameters) {
        transaction.executeWithoutResult(
                status -> notifications.toAccount(username, template, List.of(parameters), urgency));
    }

    long rows() {
        return jdbc.sql("select count(*) from notification_outbox")
                .query(Long.class)
                .single();
    }

    void account(String username, String email, String phone, String language) {
        TestAccounts.create(jdbc, username, "synthetic-outbox-pass-1", Role.SERVICE_POINT_OFFICER);
        jdbc.sql("update access_user set email = ?, phone = ?, language = ? where username = ?")
                .params(email, phone, language, username)
                .update();
    }

    static String address(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage m) {
        try {
            return (String) m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
