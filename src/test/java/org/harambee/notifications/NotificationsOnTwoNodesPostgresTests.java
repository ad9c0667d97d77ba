package org.harambee.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.harambee.Nodes;
import org.harambee.OnPostgres;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.BoundaryFiles;
import org.harambee.geography.GeographyTables;
import org.harambee.geography.ImportJobsAwait;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.referrals.ReferralFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "done means" on real processes: two nodes on one PostgreSQL database behind HAProxy, both sending, with
 * the SMTP server (GreenMail) and the RapidPro stand-in configured on both. A referral to a health post not on the
 * platform is sent through the balancer while the gateways do not answer yet, so both nodes' senders try and fail;
 * one node is killed (SIGKILL) in the middle of these attempts and started again; then the gateways come up. The
 * one-time link arrives once by SMS and once by e-mail, and stays once while both nodes go on sending.
 *
 * <p>The gateways come up only after the kill on purpose: a node killed after a gateway accepted a message and before
 * its pass wrote the result would send it again when its lease ends (the window docs/notifications.md describes),
 * and a test that kills at a random moment would fail at random.
 */
@OnPostgres
@SpringBootTest(properties = "harambee.notifications.sender-enabled=false")
class NotificationsOnTwoNodesPostgresTests {

    static final String FACILITATOR = "two-nodes-messages-facilitator";
    static final String PASSWORD = "synthetic-two-nodes-pass-1";
    static final String OFFICE_EMAIL = "health.post@example.org";
    /** Starting a node takes seconds on CI, minutes on a machine shared with other builds. */
    static final Duration STARTING = Duration.ofMinutes(6);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @TempDir
    Path dir;

    @Test
    void anOffPlatformLinkGoesOnceBySmsAndOnceByEmailThoughANodeIsKilledAndRestarted() throws Exception {
        String haproxy = Nodes.haproxy().orElse(null);
        assumeTrue(haproxy != null, "HAProxy is not installed (apt-get install haproxy; .ci/run installs it)");
        jdbc.sql("delete from notification_outbox").update();
        ReferralFixtures.clear(jdbc);
        CommunityTables.clear(jdbc);
        GeographyTables.clear(jdbc);
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        TestAccounts.create(jdbc, FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ0101");
        UUID kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        UUID healthPost = ReferralFixtures.servicePoint(jdbc, "Amber health post", "HEALTH", "QZ0101", false);
        ReferralFixtures.route(jdbc, "HEALTH", "QZ0101", healthPost);
        jdbc.sql("update referral_service_point set email = ? where id = ?")
                .params(OFFICE_EMAIL, healthPost)
                .update();

        int smtp = Nodes.freePort();
        int rapidPro = Nodes.freePort();
        List<String> gateways = List.of(
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp,
                "--harambee.notifications.mail-from=" + StandIns.FROM,
                "--harambee.notifications.rapidpro-url=http://127.0.0.1:" + rapidPro + "/",
                "--harambee.notifications.rapidpro-token=" + StandIns.TOKEN,
                "--harambee.notifications.base-url=" + StandIns.BASE_URL,
                "--harambee.notifications.sender-enabled=true",
                "--harambee.notifications.interval=PT0.5S",
                "--harambee.notifications.retry-first=500ms",
                "--harambee.notifications.retry-max=1s",
                "--harambee.notifications.max-attempts=1000",
                "--harambee.notifications.gateway-timeout=2s",
                "--harambee.notifications.lease=5s");
        String url = System.getenv("HARAMBEE_TEST_POSTGRES_URL");
        int a = Nodes.freePort();
        int b = Nodes.freePort();
        int lb = Nodes.freePort();
        Process nodeA = Nodes.start(a, url, gateways);
        Process nodeB = Nodes.start(b, url, gateways);
        Process balancer = null;
        GreenMail mail = null;
        MockWebServer sms = null;
        ConcurrentLinkedQueue<RecordedRequest> broadcasts = new ConcurrentLinkedQueue<>();
        try {
            Nodes.awaitReady(a, nodeA, STARTING);
            Nodes.awaitReady(b, nodeB, STARTING);
            balancer = Nodes.balancer(haproxy, dir, lb, a, b);

            UUID referral = sentThrough(lb, kpetema);
            awaitAttempts(2);
            nodeA.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL while both nodes are trying
            assertThat(delivered())
                    .as("nothing delivered while the gateways are down")
                    .isZero();
            nodeA = Nodes.start(a, url, gateways);
            Nodes.awaitReady(a, nodeA, STARTING);

            mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            sms = new MockWebServer();
            sms.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    broadcasts.add(request);
                    return new MockResponse.Builder()
                            .code(201)
                            .addHeader("Content-Type", "application/json")
                            .body("{\"id\":1}")
                            .build();
                }
            });
            sms.start(rapidPro);

            Instant until = Instant.now().plusSeconds(30);
            while ((broadcasts.isEmpty() || mail.getReceivedMessages().length == 0)
                    && Instant.now().isBefore(until)) {
                Thread.sleep(200);
            }
            Thread.sleep(3000); // both nodes make several more passes
            List<RecordedRequest> received = List.copyOf(broadcasts);
            MimeMessage[] mails = mail.getReceivedMessages();
            assertThat(received).as("one SMS").hasSize(1);
            assertThat(mails).as("one e-mail").hasSize(1);

            String text = Nodes.JSON
                    .readTree(received.get(0).getBody().utf8())
                    .get("text")
                    .asString();
            Matcher link = Pattern.compile(Pattern.quote(StandIns.BASE_URL) + "/r/[A-Za-z0-9_-]+")
                    .matcher(text);
            assertThat(link.find())
                    .as("the SMS carries the one-time link: %s", text)
                    .isTrue();
            assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(OFFICE_EMAIL);
            assertThat(GreenMailUtil.getBody(mails[0])).contains(link.group());
            assertThat(jdbc.sql("select status from notification_outbox where recipient = ?")
                            .param(healthPost.toString())
                            .query(String.class)
                            .list())
                    .containsExactly("SENT", "SENT");
            assertThat(jdbc.sql("select count(*) from referral where id = ? and status = 'SENT'")
                            .param(referral)
                            .query(Long.class)
                            .single())
                    .isOne();
        } finally {
            if (balancer != null) {
                balancer.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            nodeA.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            nodeB.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (mail != null) {
                mail.stop();
            }
            if (sms != null) {
                sms.close();
            }
        }
    }

    /** The facilitator drafts a health referral with consent and sends it, each call through the balancer. */
    private UUID sentThrough(int lb, UUID community) throws Exception {
        String draft = "{\"communityId\":\"" + community + "\",\"category\":\"HEALTH\",\"priority\":\"NORMAL\","
                + "\"ageBand\":\"AGE_10_14\",\"sex\":\"FEMALE\",\"disability\":false,"
                + "\"reason\":\"Synthetic reason\",\"childName\":\"Synthetic Childname Qwxyz\","
                + "\"birthDate\":\"2014-03-02\",\"caregiver\":\"Synthetic Aunt\",\"contact\":\"+000 111 2222\","
                + "\"narrative\":\"Synthetic account\"}";
        HttpResponse<String> created = post(lb, "/api/v1/referrals", draft);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(
                Nodes.JSON.readTree(created.body()).get("referral").get("id").asString());
        HttpResponse<String> consent = post(
                lb,
                "/api/v1/referrals/" + id + "/consent",
                "{\"caregiverConsent\":true,\"childAssent\":true,\"scope\":\"Name and contact to the health post\"}");
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
        HttpResponse<String> sent = post(lb, "/api/v1/referrals/" + id + "/transitions", "{\"action\":\"SEND\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        return id;
    }

    private static HttpResponse<String> post(int port, String path, String json) throws Exception {
        return Nodes.HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json")
                        .header("Authorization", Nodes.basic(FACILITATOR, PASSWORD))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the senders have made this many failed attempts in all. */
    private void awaitAttempts(int attempts) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(until)) {
            Long made = jdbc.sql("select coalesce(sum(attempts), 0) from notification_outbox")
                    .query(Long.class)
                    .single();
            if (made >= attempts) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the senders made no attempts within 20 s");
    }

    private long delivered() {
        return jdbc.sql("select count(*) from notification_outbox where status = 'SENT'")
                .query(Long.class)
                .single();
    }
}
