package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A lost PostgreSQL is noticed in seconds: the driver's timeouts are set unless the operator set them. */
class PostgresTimeoutsTests {

    private final PostgresTimeouts timeouts = new PostgresTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(0));

    @Test
    void aPostgresPoolGetsConnectTimeoutAndKeepAlive() {
        HikariDataSource pool = pool("jdbc:postgresql://db.example.org:5432/harambee");

        timeouts.postProcessAfterInitialization(pool, "dataSource");

        assertThat(pool.getDataSourceProperties())
                .containsEntry("connectTimeout", "5")
                .containsEntry("socketTimeout", "0")
                .containsEntry("tcpKeepAlive", "true");
    }

    @Test
    void whatTheOperatorSetIsKept() {
        HikariDataSource pool = pool("jdbc:postgresql://db.example.org:5432/harambee?connectTimeout=2");
        pool.addDataSourceProperty("socketTimeout", "600");

        timeouts.postProcessAfterInitialization(pool, "dataSource");

        assertThat(pool.getDataSourceProperties())
                .doesNotContainKey("connectTimeout")
                .containsEntry("socketTimeout", "600");
    }

    @Test
    void anotherDatabaseIsLeftAlone() {
        HikariDataSource pool = pool("jdbc:h2:mem:harambee");

        timeouts.postProcessAfterInitialization(pool, "dataSource");

        assertThat(pool.getDataSourceProperties()).isEmpty();
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}
