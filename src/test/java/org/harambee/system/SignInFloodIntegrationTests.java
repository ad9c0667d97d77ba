package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.harambee.Nodes;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A sign-in flood: many clients sending wrong passwords at once (each costs the adaptive hash, about 70 ms of a core)
 * must not take the node from the others. While 32 clients send wrong passwords for known and unknown usernames, a user
 * with a personal token keeps reading: no 5xx for anyone, and the reader's calls keep succeeding quickly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInFloodIntegrationTests {

    static final String USER = "flood-reader";
    static final String PASSWORD = "synthetic-flood-pass-1";
    static final int FLOODERS = 32;
    static final Duration FLOOD = Duration.ofSeconds(8);

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFloodOfWrongPasswordsLeavesTheNodeServingOthers() throws Exception {
        TestAccounts.create(jdbc, USER, PASSWORD, Role.NATIONAL_COORDINATOR);
        HttpResponse<String> token = send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
                .header("Authorization", Nodes.basic(USER, PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"flood\",\"days\":1}")));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        String bearer = "Bearer " + token.body().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");

        Map<Integer, Long> flood = new ConcurrentHashMap<>();
        AtomicBoolean flooding = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(FLOODERS);
        for (int i = 0; i < FLOODERS; i++) {
            int n = i;
            pool.submit(() -> {
                while (flooding.get()) {
                    String who = n % 2 == 0 ? USER : "nobody-" + UUID.randomUUID();
                    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/units"))
                            .header("Authorization", Nodes.basic(who, "wrong-" + UUID.randomUUID())));
                    flood.merge(r == null ? 0 : r.statusCode(), 1L, Long::sum);
                }
                return null;
            });
        }
        Thread.sleep(1_000); // the flood under way
        Map<Integer, Long> reads = new ConcurrentHashMap<>();
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + FLOOD.toNanos();
        while (System.nanoTime() < end) {
            long t = System.nanoTime();
            HttpResponse<String> r =
                    send(HttpRequest.newBuilder(uri("/api/v1/units")).header("Authorization", bearer));
            millis.add((System.nanoTime() - t) / 1_000_000);
            reads.merge(r == null ? 0 : r.statusCode(), 1L, Long::sum);
            Thread.sleep(50);
        }
        flooding.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        long p95 = sorted.get((int) Math.floor(0.95 * (sorted.size() - 1)));
        long total = reads.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("Sign-in flood: flood answers %s; reads %s, p95 %d ms%n", flood, reads, p95);
        assertThat(flood.keySet()).as("the flood's answers").allMatch(s -> s > 0 && s < 500 || s == 503);
        assertThat(reads.keySet()).as("the reader's answers").allMatch(s -> s > 0 && s < 500);
        assertThat(reads.getOrDefault(200, 0L))
                .as("reads that succeeded, of %d", total)
                .isEqualTo(total);
        assertThat(p95).as("the reader's p95 in ms").isLessThan(1_000);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }
}
