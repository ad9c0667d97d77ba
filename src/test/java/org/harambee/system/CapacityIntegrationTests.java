package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Past capacity the node answers 503 with {@code Retry-After} at once instead of making everyone wait, and takes
 * requests again as soon as turns are free: through the real server, with a capacity of two, a queue of one, and
 * requests held open by the test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "harambee.capacity.max-concurrent=2",
            "harambee.capacity.max-queued=1",
            "harambee.capacity.max-wait=300ms"
        })
@Import(CapacityIntegrationTests.Holding.class)
class CapacityIntegrationTests {

    static volatile CountDownLatch release = new CountDownLatch(0);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @LocalServerPort
    int port;

    @Autowired
    Admissions admissions;

    @Autowired
    MeterRegistry registry;

    @AfterEach
    void releaseHeldRequests() {
        release.countDown();
    }

    @Test
    void pastCapacityRequestsAreRefusedQuicklyAndAdmittedAgainOnceTurnsAreFree() throws Exception {
        release = new CountDownLatch(1);
        double refusedBefore = refused();
        CompletableFuture<HttpResponse<String>> first = send("/api/v1/test-hold");
        CompletableFuture<HttpResponse<String>> second = send("/api/v1/test-hold");
        awaitInFlight(2);
        CompletableFuture<HttpResponse<String>> queued = send("/api/v1/test-hold");
        awaitQueued(1);

        long start = System.nanoTime();
        HttpResponse<String> refused = send("/api/v1/test-hold").get(10, TimeUnit.SECONDS);
        long refusedAfterMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(v).matches("[1-5]"));
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":503");
        assertThat(refusedAfterMillis).as("the queue is full: no wait").isLessThan(2000);

        HttpResponse<String> waitedTooLong = queued.get(10, TimeUnit.SECONDS);
        assertThat(waitedTooLong.statusCode()).isEqualTo(503);
        HttpResponse<String> page = send("/test-hold").get(10, TimeUnit.SECONDS);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Harambee is busy");
        assertThat(send("/livez").get(10, TimeUnit.SECONDS).statusCode())
                .as("probes never wait for a turn")
                .isEqualTo(200);
        assertThat(refused() - refusedBefore).isEqualTo(3.0);

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(second.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        awaitInFlight(0);
        assertThat(send("/api/v1/test-hold").get(10, TimeUnit.SECONDS).statusCode())
                .isEqualTo(200);
        assertThat(send("/api/v1/test-hold").get(10, TimeUnit.SECONDS).headers().firstValue("X-Request-Id"))
                .isPresent();
    }

    private double refused() {
        return registry.find("harambee.capacity.refused").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    private CompletableFuture<HttpResponse<String>> send(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(30))
                .build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private void awaitInFlight(int n) throws InterruptedException {
        await().atMost(Duration.ofSeconds(10)).until(() -> admissions.inFlight() == n);
        assertThat(admissions.inFlight()).isEqualTo(n);
    }

    private void awaitQueued(int n) throws InterruptedException {
        await().atMost(Duration.ofSeconds(10)).until(() -> admissions.queued() == n);
        assertThat(admissions.queued()).isEqualTo(n);
    }

    /** A request that holds its turn until the test releases it, open to anyone, in the API and as a page. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Holding {

        @Bean
        @Order(-1)
        SecurityFilterChain holdingChain(HttpSecurity http) throws Exception {
            http.securityMatcher("/test-hold", "/api/v1/test-hold")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
            return http.build();
        }

        @Bean
        HoldingController holdingController() {
            return new HoldingController();
        }
    }

    @RestController
    static class HoldingController {

        @GetMapping({"/test-hold", "/api/v1/test-hold"})
        String hold() throws InterruptedException {
            release.await(20, TimeUnit.SECONDS);
            return "held";
        }
    }
}
