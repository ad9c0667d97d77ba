package org.harambee.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harambee.Nodes;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes behind HAProxy (Debian's, started by the test; {@code .ci/run} installs it): one node is killed with
 * SIGKILL mid-traffic. Clients that resend their offline-sync batches (idempotent by client id) until taken lose
 * nothing and double nothing, and a browser session signed in through the balancer keeps working on the other node
 * (sessions live in the database).
 */
@org.harambee.OnPostgres
@SpringBootTest
class TwoNodesBehindALoadBalancerPostgresTests {

    static final String FACILITATOR = "two-nodes-facilitator";
    static final String PASSWORD = "synthetic-sync-pass-1";
    static final int CLIENTS = 8;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @TempDir
    Path dir;

    @Test
    void aNodeKilledMidTrafficLosesNothingAndSessionsGoOnOnTheOther() throws Exception {
        String haproxy = Nodes.haproxy().orElse(null);
        assumeTrue(haproxy != null, "HAProxy is not installed (apt-get install haproxy; .ci/run installs it)");

        UUID kpetema = SyncLoadFixtures.kpetemaWithFacilitator(jdbc, jobs, FACILITATOR, PASSWORD);

        int a = Nodes.freePort();
        int b = Nodes.freePort();
        int lb = Nodes.freePort();
        Process nodeA = Nodes.start(a);
        Process nodeB = Nodes.start(b);
        Process balancer = null;
        try {
            Nodes.awaitReady(a, nodeA);
            Nodes.awaitReady(b, nodeB);
            balancer = Nodes.balancer(haproxy, dir, lb, a, b);

            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            signIn(browser, lb);
            assertThat(signedInRead(browser, lb))
                    .as("signed in through the balancer")
                    .isEqualTo(200);

            Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicBoolean sending = new AtomicBoolean(true);
            AtomicLong resends = new AtomicLong();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    while (sending.get()) {
                        List<UUID> batch = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
                        Instant giveUp = Instant.now().plusSeconds(60);
                        while (!Nodes.sync(lb, FACILITATOR, PASSWORD, kpetema, batch, acknowledged)) {
                            resends.incrementAndGet();
                            assertThat(Instant.now())
                                    .as("a batch is taken within a minute")
                                    .isBefore(giveUp);
                            Thread.sleep(200);
                        }
                    }
                    return null;
                }));
            }
            Instant until = Instant.now().plusSeconds(60);
            while (acknowledged.size() < 100 && Instant.now().isBefore(until)) {
                Thread.sleep(50);
            }
            assertThat(acknowledged).as("records taken before the kill").hasSizeGreaterThanOrEqualTo(100);
            long before = acknowledged.size();
            nodeA.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL
            Instant after = Instant.now().plusSeconds(3);
            while (Instant.now().isBefore(after)) {
                Thread.sleep(100);
            }
            sending.set(false);
            for (java.util.concurrent.Future<?> client : running) {
                client.get(90, TimeUnit.SECONDS); // a client's failed assertion fails here
            }
            clients.shutdown();

            assertThat((long) acknowledged.size())
                    .as("records taken after the kill")
                    .isGreaterThan(before);
            for (int i = 0; i < 6; i++) {
                assertThat(signedInRead(browser, lb))
                        .as("the session goes on on the other node")
                        .isEqualTo(200);
            }
            long meetings = jdbc.sql("select count(*) from community_meeting where community_id = ?")
                    .param(kpetema)
                    .query(Long.class)
                    .single();
            long kept = jdbc.sql("select count(*) from sync_client_id where username = ?")
                    .param(FACILITATOR)
                    .query(Long.class)
                    .single();
            assertThat(kept).as("one server record per client id").isEqualTo(acknowledged.size());
            assertThat(meetings)
                    .as("every acknowledged meeting once (%d resends)", resends.get())
                    .isEqualTo(acknowledged.size());
        } finally {
            if (balancer != null) {
                balancer.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            nodeA.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            nodeB.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The sign-in form, as a browser fills it: the page's CSRF token, then the form post. */
    private static void signIn(HttpClient browser, int port) throws Exception {
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
                .matcher(page.body());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        String csrf = token.group(1) != null ? token.group(1) : token.group(2);
        String form = "username=" + enc(FACILITATOR) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf);
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://127.0.0.1:" + port)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("signed in: a redirect").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static int signedInRead(HttpClient browser, int port) throws Exception {
        return browser.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sync/changes"))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
