package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The database's readiness as requests see it: a connection within a short wait, and one that answers. */
class DatabaseHealthIndicatorTests {

    @Test
    void aDatabaseThatAnswersIsUp() throws Exception {
        try (HikariDataSource pool = started("jdbc:h2:mem:ready-" + System.nanoTime(), 2)) {
            Health health = new DatabaseHealthIndicator(pool, Duration.ofSeconds(2)).health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsKeys("active", "idle", "waiting", "total");
        }
    }

    @Test
    void anUnreachableDatabaseIsDownWithinTheWait() {
        // nothing listens on port 1: every connection attempt is refused
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:1/harambee", 2)) {
            long start = System.nanoTime();
            Health health = new DatabaseHealthIndicator(pool, Duration.ofMillis(500)).health();
            long tookMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("reason").toString()).startsWith("database unreachable");
            assertThat(tookMillis).isLessThan(3000);
        }
    }

    @Test
    void anExhaustedPoolIsDown() throws Exception {
        try (HikariDataSource pool = started("jdbc:h2:mem:exhausted-" + System.nanoTime(), 1);
                Connection taken = pool.getConnection()) {
            Health health = new DatabaseHealthIndicator(pool, Duration.ofMillis(300)).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("reason").toString()).startsWith("pool exhausted");
            assertThat(health.getDetails()).containsEntry("active", 1).containsEntry("idle", 0);
        }
    }

    @Test
    void theDatabaseIsUpAgainOnceAConnectionIsFree() throws Exception {
        try (HikariDataSource pool = started("jdbc:h2:mem:again-" + System.nanoTime(), 1)) {
            DatabaseHealthIndicator indicator = new DatabaseHealthIndicator(pool, Duration.ofMillis(300));
            try (Connection taken = pool.getConnection()) {
                assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
            }
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        }
    }

    /** A pool that has made its first connection, as the application's has once Flyway ran. */
    private static HikariDataSource started(String url, int size) throws Exception {
        HikariDataSource pool = pool(url, size);
        pool.getConnection().close();
        return pool;
    }

    /** A started pool (its house-keeping running), which keeps trying when the database is not there. */
    private static HikariDataSource pool(String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(url.startsWith("jdbc:h2:") ? "sa" : "postgres");
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(5000);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}
