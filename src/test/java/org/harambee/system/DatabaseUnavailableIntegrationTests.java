package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * When no connection can be had (the pool exhausted, as when every connection was held by a request waiting for a
 * second one, or the database gone), requests are answered quickly with 503 and {@code Retry-After}, never a 500, and
 * readiness says DOWN while liveness stays UP; all is well again once connections are free.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.hikari.maximum-pool-size=2",
            "spring.datasource.hikari.connection-timeout=500",
            "harambee.health.database-wait=300ms",
            "management.endpoint.health.show-details=always"
        })
@AutoConfigureMockMvc
class DatabaseUnavailableIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSource dataSource;

    private final List<Connection> taken = new ArrayList<>();

    @AfterEach
    void giveConnectionsBack() throws SQLException {
        for (Connection connection : taken) {
            connection.close();
        }
        taken.clear();
    }

    @Test
    void anApiCallThatFindsNoConnectionIsAnswered503WithRetryAfter() throws Exception {
        takeEveryConnection();

        long start = System.nanoTime();
        MvcTestResult answer = countries();

        assertThat(answer).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getResponse().getHeader("Retry-After")).matches("[1-5]");
        assertThat(answer.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(answer).bodyJson().extractingPath("$.status").isEqualTo(503);
        assertThat((System.nanoTime() - start) / 1_000_000).as("no 30 s wait").isLessThan(5000);

        giveConnectionsBack();
        assertThat(countries()).hasStatusOk();
    }

    @Test
    void aPageThatFindsNoConnectionIsAnswered503WithTheBusyPage() throws Exception {
        takeEveryConnection();

        MvcTestResult answer = mvc.get()
                .uri("/units")
                .with(TestAccounts.administrator())
                .header("Accept-Language", "fr")
                .exchange();

        assertThat(answer).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getResponse().getHeader("Retry-After")).matches("[1-5]");
        assertThat(answer).bodyText().contains("Harambee est surchargé");

        giveConnectionsBack();
        assertThat(mvc.get().uri("/units").with(TestAccounts.administrator())).hasStatusOk();
    }

    @Test
    void readinessIsDownWhileNoConnectionCanBeHadAndLivenessStaysUp() throws Exception {
        assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
        takeEveryConnection();

        MvcTestResult readiness = mvc.get().uri("/actuator/health/readiness").exchange();

        assertThat(readiness).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(readiness).bodyJson().extractingPath("$.status").isEqualTo("DOWN");
        assertThat(readiness)
                .bodyJson()
                .extractingPath("$.components.database.details.reason")
                .asString()
                .startsWith("pool exhausted");
        assertThat(mvc.get().uri("/actuator/health/liveness"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");

        giveConnectionsBack();
        assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
    }

    private MvcTestResult countries() {
        return mvc.get()
                .uri("/api/v1/units")
                .with(TestAccounts.administrator())
                .header("Accept-Language", "en")
                .exchange();
    }

    /** Every connection of the pool held by the test, waiting as long as needed for the background jobs' turns. */
    private void takeEveryConnection() throws SQLException {
        HikariPool pool = (HikariPool) ((HikariDataSource) dataSource).getHikariPoolMXBean();
        while (taken.size() < 2) {
            taken.add(pool.getConnection(30_000));
        }
    }
}
