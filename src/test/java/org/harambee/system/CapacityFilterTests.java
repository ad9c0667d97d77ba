package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** The door of the node: a bounded number of requests at once, a short queue, and a quick 503 for the rest. */
class CapacityFilterTests {

    private final CountDownLatch release = new CountDownLatch(1);

    private final ExecutorService threads = Executors.newCachedThreadPool();

    /** A request that holds its turn until the test releases it. */
    private final FilterChain held = (request, response) -> {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    private final FilterChain quick =
            (request, response) -> response.getWriter().write("done");

    @AfterEach
    void releaseHeldRequests() {
        release.countDown();
        threads.shutdown();
    }

    @Test
    void pastTheLimitAnApiCallIsAnsweredAt503WithRetryAfterAtOnce() throws Exception {
        Admissions admissions = new Admissions(2, 0, Duration.ofSeconds(5).toNanos());
        CapacityFilter filter = filter(admissions);
        CompletableFuture<?> first = hold(filter, "/api/v1/units");
        CompletableFuture<?> second = hold(filter, "/api/v1/units");
        awaitInFlight(admissions, 2);

        long start = System.nanoTime();
        MockHttpServletResponse refused = call(filter, "/api/v1/units", quick);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 5);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":503", "Retry-After", "\"retryAfter\":");
        assertThat(tookMillis).as("no queue: refused without waiting").isLessThan(1000);
        release.countDown();
        CompletableFuture.allOf(first, second).get(5, TimeUnit.SECONDS);
        assertThat(call(filter, "/api/v1/units", quick).getStatus()).isEqualTo(200);
        assertThat(admissions.inFlight()).isZero();
    }

    @Test
    void aQueuedRequestTakesTheNextFreeTurn() throws Exception {
        Admissions admissions = new Admissions(1, 1, Duration.ofSeconds(5).toNanos());
        CapacityFilter filter = filter(admissions);
        CompletableFuture<?> first = hold(filter, "/units");
        awaitInFlight(admissions, 1);
        CompletableFuture<MockHttpServletResponse> queued =
                CompletableFuture.supplyAsync(() -> callUnchecked(filter, "/units", quick), threads);
        awaitQueued(admissions, 1);

        release.countDown();

        assertThat(queued.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aRequestThatWaitsLongerThanAllowedIsRefused() throws Exception {
        Admissions admissions = new Admissions(1, 4, Duration.ofMillis(200).toNanos());
        CapacityFilter filter = filter(admissions);
        hold(filter, "/api/v1/referrals");
        awaitInFlight(admissions, 1);

        long start = System.nanoTime();
        MockHttpServletResponse refused = call(filter, "/api/v1/referrals", quick);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(tookMillis).isBetween(150L, 3000L);
        assertThat(admissions.queued()).isZero();
    }

    @Test
    void whenTheQueueIsFullTheNextIsRefusedWithoutWaiting() throws Exception {
        Admissions admissions = new Admissions(1, 1, Duration.ofSeconds(5).toNanos());
        CapacityFilter filter = filter(admissions);
        hold(filter, "/units");
        awaitInFlight(admissions, 1);
        CompletableFuture.supplyAsync(() -> callUnchecked(filter, "/units", quick), threads);
        awaitQueued(admissions, 1);

        long start = System.nanoTime();
        MockHttpServletResponse refused = call(filter, "/units", quick);

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    }

    @Test
    void aPageIsRefusedWithASmallPageInTheUsersLanguage() throws Exception {
        Admissions admissions = new Admissions(1, 0, 0);
        CapacityFilter filter = filter(admissions);
        hold(filter, "/referrals");
        awaitInFlight(admissions, 1);

        MockHttpServletResponse refused = call(filter, "/referrals/new", quick);

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getContentAsString())
                .contains("Harambee is busy", "wait a few seconds", "lang=\"en\" dir=\"ltr\"");
        assertThat(refused.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.CSP);
    }

    @Test
    void assetsAndHealthProbesPassWithoutATurn() throws Exception {
        Admissions admissions = new Admissions(1, 0, 0);
        CapacityFilter filter = filter(admissions);
        hold(filter, "/units");
        awaitInFlight(admissions, 1);

        for (String free : new String[] {
            "/css/harambee-0a1b2c.css",
            "/webjars/htmx.org/dist/htmx.min.js",
            "/actuator/health/readiness",
            "/readyz",
            "/livez",
            "/app/sw.js",
            "/app/app.css",
            "/favicon.ico"
        }) {
            assertThat(call(filter, free, quick).getStatus()).as(free).isEqualTo(200);
        }
        assertThat(call(filter, "/app", quick).getStatus()).isEqualTo(503);
        assertThat(call(filter, "/app/nested/x.js", quick).getStatus()).isEqualTo(503);
    }

    @Test
    void aFailedRequestGivesItsTurnBack() throws Exception {
        Admissions admissions = new Admissions(1, 0, 0);
        CapacityFilter filter = filter(admissions);
        FilterChain failing = (request, response) -> {
            throw new IllegalStateException("boom");
        };

        try {
            call(filter, "/units", failing);
        } catch (IllegalStateException expected) {
            // the failure goes on to the error page
        }

        assertThat(admissions.inFlight()).isZero();
        assertThat(call(filter, "/units", quick).getStatus()).isEqualTo(200);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503NotA500() throws Exception {
        CapacityFilter filter = filter(new Admissions(4, 0, 0));
        FilterChain noConnection = (request, response) -> {
            throw new ServletException(new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection", new java.sql.SQLTransientConnectionException("timeout")));
        };

        MockHttpServletRequest pageRequest = new MockHttpServletRequest("GET", "/units");
        MockHttpServletResponse page = new MockHttpServletResponse();
        page.setHeader(RequestIdFilter.HEADER, "lb-7f3a9c21");
        filter.doFilter(pageRequest, page, noConnection);
        MockHttpServletResponse api = call(filter, "/api/v1/units", noConnection);

        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getContentAsString()).contains("Harambee is busy");
        assertThat(page.getHeader(RequestIdFilter.HEADER))
                .as("kept for the log")
                .isEqualTo("lb-7f3a9c21");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getHeader("Retry-After")).isNotBlank();
        assertThat(api.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void otherFailuresAreLeftToTheErrorPage() {
        CapacityFilter filter = filter(new Admissions(4, 0, 0));
        FilterChain failing = (request, response) -> {
            throw new IllegalArgumentException("not a database problem");
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> call(filter, "/units", failing))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aJsonBodyIsReadBeforeTheRequestTakesATurn() throws Exception {
        Admissions admissions = new Admissions(1, 0, 0);
        CapacityFilter filter = filter(admissions);
        byte[] json = "{\"changes\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<Integer> inFlightWhileSending = new java.util.ArrayList<>();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/sync") {
            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                inFlightWhileSending.add(admissions.inFlight());
                return new org.springframework.mock.web.DelegatingServletInputStream(
                        new java.io.ByteArrayInputStream(json));
            }
        };
        request.setContentType("application/json");
        request.setContent(json);
        StringBuilder seen = new StringBuilder();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            seen.append(new String(req.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            seen.append(req.getReader().readLine());
        });

        assertThat(inFlightWhileSending).containsExactly(0);
        assertThat(seen.toString()).isEqualTo("{\"changes\":[]}{\"changes\":[]}");
    }

    @Test
    void aBodyLargerThanTheLimitIsLeftToTheApplication() throws Exception {
        Admissions admissions = new Admissions(1, 0, 0);
        CapacityFilter filter = filter(admissions);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/units/imports");
        request.setContentType("text/csv");
        request.setContent(new byte[600 * 1024]);
        java.util.List<Integer> inFlightWhenRead = new java.util.ArrayList<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            inFlightWhenRead.add(admissions.inFlight());
            assertThat(req.getInputStream().readAllBytes()).hasSize(600 * 1024);
        });

        assertThat(inFlightWhenRead).containsExactly(1);
    }

    static BusyAnswers busyAnswers() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        CapacitySettings settings = settings();
        Languages languages = new Languages(
                List.of("en", "fr", "sw"), Set.of("ar"), new org.springframework.mock.env.MockEnvironment());
        return new BusyAnswers(
                JsonMapper.builder().build(),
                messages,
                new FixedLocaleResolver(java.util.Locale.ENGLISH),
                languages,
                settings);
    }

    static CapacitySettings settings() {
        return new CapacitySettings(
                true,
                16,
                48,
                Duration.ofMillis(250),
                Duration.ofSeconds(5),
                DataSize.ofKilobytes(512),
                32,
                Duration.ofSeconds(20),
                DataSize.ofBytes(500));
    }

    private static CapacityFilter filter(Admissions admissions) {
        return new CapacityFilter(
                admissions,
                new BodyReads(32, Duration.ofSeconds(20), 500),
                busyAnswers(),
                new CapacityMetrics(new SimpleMeterRegistry(), admissions),
                settings());
    }

    private CompletableFuture<?> hold(CapacityFilter filter, String uri) {
        return CompletableFuture.runAsync(() -> callUnchecked(filter, uri, held), threads);
    }

    private static MockHttpServletResponse call(CapacityFilter filter, String uri, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static MockHttpServletResponse callUnchecked(CapacityFilter filter, String uri, FilterChain chain) {
        try {
            return call(filter, uri, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitInFlight(Admissions admissions, int n) throws InterruptedException {
        await().atMost(Duration.ofSeconds(5)).until(() -> admissions.inFlight() >= n);
        assertThat(admissions.inFlight()).isEqualTo(n);
    }

    private static void awaitQueued(Admissions admissions, int n) throws InterruptedException {
        await().atMost(Duration.ofSeconds(5)).until(() -> admissions.queued() >= n);
        assertThat(admissions.queued()).isEqualTo(n);
    }
}
