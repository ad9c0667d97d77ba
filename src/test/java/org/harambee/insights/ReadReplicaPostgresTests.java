package org.harambee.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.harambee.PrivatePostgres;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.system.ReplicaReads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Dashboards, their API and exports read from a streaming replica (decision 0030): a primary and a standby made with
 * {@code pg_basebackup -R}, both clusters of the test's own. Reads opted in go to the standby and say how far behind it
 * is; writes and other reads stay on the primary; a browser that has just written reads from the primary; a replica
 * that has stopped replaying is used until it falls {@code max-lag} behind, a stopped replica not at all, and the
 * answers never fail.
 */
@SpringBootTest(
        properties = {
            "harambee.datasource.replica.max-lag=3s",
            "harambee.datasource.replica.lag-refresh=250ms",
            "harambee.demo-data.enabled=false"
        })
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@EnabledIfEnvironmentVariable(
        named = "HARAMBEE_TEST_POSTGRES_URL",
        matches = ".+",
        disabledReason = "PostgreSQL tests are off: set HARAMBEE_TEST_POSTGRES_URL to a JDBC URL to run them")
class ReadReplicaPostgresTests extends QuzlandInsights {

    static final String FIGURES = "/api/v1/insights/QZ0101?period=2025-Q3";
    static final String LAG_HEADER = "Harambee-Replica-Lag";

    static PrivatePostgres primary;
    static PrivatePostgres standby;

    @DynamicPropertySource
    static void clusters(DynamicPropertyRegistry registry) throws Exception {
        if (primary == null) {
            primary = PrivatePostgres.start();
            standby = primary.standby();
        }
        registry.add("spring.datasource.url", primary::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("harambee.datasource.replica.url", standby::url);
        registry.add("harambee.datasource.replica.username", () -> "postgres");
    }

    @AfterAll
    static void removeClusters() throws Exception {
        if (standby != null) {
            standby.close();
            standby = null;
        }
        if (primary != null) {
            primary.close();
            primary = null;
        }
    }

    @Autowired
    ReplicaReads replica;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MeterRegistry registry;

    @Autowired
    ApplicationContext context;

    @Test
    void readsOptedInGoToTheReplicaAndWritesToThePrimary() {
        awaitCaughtUp();
        // as on a background thread: the test framework's mock request, with no method, would count as a write
        RequestContextHolder.resetRequestAttributes();
        assertThat(replica.read(() -> inRecovery())).as("a reading opted in").isTrue();
        assertThat(inRecovery()).as("any other statement").isFalse();
        Boolean joined = transactions.execute(status -> {
            jdbc.sql("update access_user set display_name = display_name where username = ?")
                    .param(AMBER)
                    .update();
            return replica.read(() -> inRecovery());
        });
        assertThat(joined).as("a reading inside a writing transaction joins it").isFalse();
    }

    @Test
    void dashboardsListsAndExportsComeFromTheReplicaAndSayHowFarBehindItIs() {
        awaitCaughtUp();
        MvcTestResult api = get(FIGURES, AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(api.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.getResponse().getHeader(LAG_HEADER)).matches("\\d+\\.\\d");
        MvcTestResult page = get("/insights/QZ0101?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(body(page)).contains("copy of the database that is");
        long exported = exportLines();
        MvcTestResult export = get("/insights/QZ0101/export.csv?period=2025-Q3", AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        assertThat(export.getResponse().getHeader(LAG_HEADER)).isNotNull();
        assertThat(exportLines())
                .as("the export's audit line, written on the primary after the reading")
                .isEqualTo(exported + 1);
        MvcTestResult list = get("/api/v1/communities", AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        assertThat(list.getResponse().getHeader(LAG_HEADER)).as("a list").isNotNull();
        assertThat(body(get("/communities", AMBER, Role.DISTRICT_COORDINATOR)))
                .contains("copy of the database that is");
        assertThat(registry.get("harambee.replica.used").gauge().value()).isEqualTo(1.0);
        assertThat(health()).startsWith("in use");
    }

    @Test
    void aPausedReplicaServesOldFiguresUntilTooFarBehindWhileTheWriterReadsItsOwn() throws Exception {
        awaitCaughtUp();
        String before = figures(get(FIGURES, AMBER, Role.DISTRICT_COORDINATOR));
        Cookie wrote = org.harambee.ApiRequests.post(
                        mvc, "/api/v1/insights/QZ0101", AMBER, Role.DISTRICT_COORDINATOR, "{}")
                .getResponse()
                .getCookie("harambee_primary");
        assertThat(wrote).as("a request that may write marks the browser").isNotNull();
        onStandby("select pg_wal_replay_pause()");
        try {
            jdbc.sql("update insight_unit_period set value = value + 7 where measure = 'REFERRALS_SENT'"
                            + " and unit_id = (select id from geo_unit where pcode = 'QZ0101')")
                    .update();

            MvcTestResult stale = get(FIGURES, AMBER, Role.DISTRICT_COORDINATOR);
            assertThat(figures(stale))
                    .as("the replica has not replayed the change")
                    .isEqualTo(before);
            assertThat(stale.getResponse().getHeader(LAG_HEADER)).isNotNull();

            MvcTestResult own = mvc.get()
                    .uri(FIGURES)
                    .with(TestAccounts.as(AMBER, Role.DISTRICT_COORDINATOR))
                    .header("Accept-Language", "en")
                    .cookie(wrote)
                    .exchange();
            assertThat(figures(own))
                    .as("the writer reads from the primary")
                    .contains("\"numerator\":30,\"denominator\":4600");
            assertThat(own.getResponse().getHeader(LAG_HEADER)).isNull();

            Instant paused = Instant.now();
            await(() -> registry.get("harambee.replica.lag").gauge().value() > 3.0, "the lag passes max-lag");
            System.out.printf(
                    "READ-REPLICA: replay paused, reads back on the primary after %d ms (max-lag 3 s)%n",
                    Duration.between(paused, Instant.now()).toMillis());
            assertThat(registry.get("harambee.replica.used").gauge().value()).isZero();
            assertThat(health()).contains("not used").contains("behind");
            MvcTestResult fallback = get(FIGURES, AMBER, Role.DISTRICT_COORDINATOR);
            assertThat(fallback.getResponse().getStatus()).isEqualTo(200);
            assertThat(figures(fallback)).as("back on the primary").isNotEqualTo(before);
            assertThat(fallback.getResponse().getHeader(LAG_HEADER)).isNull();
        } finally {
            onStandby("select pg_wal_replay_resume()");
        }
        awaitCaughtUp();
        MvcTestResult caughtUp = get(FIGURES, AMBER, Role.DISTRICT_COORDINATOR);
        assertThat(caughtUp.getResponse().getHeader(LAG_HEADER)).isNotNull();
        assertThat(figures(caughtUp)).isNotEqualTo(before);
    }

    @Test
    void aStoppedReplicaSendsReadsToThePrimary() throws Exception {
        awaitCaughtUp();
        standby.down();
        Instant stopped = Instant.now();
        try {
            for (int i = 0; i < 3; i++) {
                MvcTestResult answer = get(FIGURES, AMBER, Role.DISTRICT_COORDINATOR);
                assertThat(answer.getResponse().getStatus()).isEqualTo(200);
                assertThat(answer.getResponse().getHeader(LAG_HEADER)).isNull();
            }
            await(
                    () -> Double.isNaN(
                            registry.get("harambee.replica.lag").gauge().value()),
                    "the lag unknown");
            System.out.printf(
                    "READ-REPLICA: replica stopped, three reads answered by the primary, lag unknown after %d ms%n",
                    Duration.between(stopped, Instant.now()).toMillis());
            assertThat(health()).startsWith("not used");
            RequestContextHolder.resetRequestAttributes();
            assertThat(replica.read(() -> inRecovery())).isFalse();
        } finally {
            standby.up();
        }
        awaitCaughtUp();
    }

    /** The answer without its {@code asOf}, which is the time of the reading when no change waits to be folded. */
    private static String figures(MvcTestResult result) {
        return body(result).replaceAll("\"asOf\":\"[^\"]*\"", "");
    }

    private long exportLines() {
        return jdbc.sql("select count(*) from access_audit where action = 'INSIGHTS_EXPORTED'")
                .query(Long.class)
                .single();
    }

    private boolean inRecovery() {
        return jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single();
    }

    private String health() {
        HealthIndicator database = context.getBean("databaseHealthIndicator", HealthIndicator.class);
        return String.valueOf(database.health().getDetails().get("replica"));
    }

    private void onStandby(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(standby.url());
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private void awaitCaughtUp() {
        await(
                () -> registry.get("harambee.replica.used").gauge().value() == 1.0
                        && registry.get("harambee.replica.lag").gauge().value() < 0.5,
                "the replica caught up");
    }

    private static void await(BooleanSupplier condition, String what) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
    }
}
