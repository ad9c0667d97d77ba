package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Operators' endpoints: Prometheus metrics (HTTP, the pool, the capacity door, the platform's own gauges) on the
 * management port only; liveness and readiness on both ports without credentials.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "harambee.metrics.gauge-first-refresh=1h"})
@AutoConfigureMetrics
class ManagementPortIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    PlatformGauges gauges;

    @Test
    void prometheusMetricsAreServedOnTheManagementPort() throws Exception {
        assertThat(get(port, "/api/v1/units").statusCode()).isEqualTo(401);
        gauges.gauge("harambee.test.figure", "A figure for the test", () -> 42);
        gauges.refresh();

        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains(
                        "harambee_capacity_in_flight",
                        "harambee_capacity_queued",
                        "harambee_capacity_limit",
                        "harambee_capacity_refused_total{application=\"harambee\",reason=\"queue_full\"}",
                        "harambee_capacity_refused_total{application=\"harambee\",reason=\"database_unavailable\"}",
                        "hikaricp_connections_active",
                        "hikaricp_connections_pending",
                        "http_server_requests_seconds_bucket",
                        "status=\"401\"",
                        "tomcat_threads_busy_threads",
                        "jvm_memory_used_bytes")
                .containsPattern("harambee_test_figure\\{application=\"harambee\"} 42\\.0");
    }

    @Test
    void metricsAreNotServedOnTheApplicationPort() throws Exception {
        assertThat(get(port, "/actuator/prometheus").statusCode()).isIn(302, 401, 403, 404);
        assertThat(get(port, "/actuator/prometheus").body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void livenessAndReadinessAreOpenOnBothPorts() throws Exception {
        for (String probe : new String[] {"/livez", "/readyz"}) {
            HttpResponse<String> answer = get(port, probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"");
        }
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode())
                .isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
