package org.harambee.system;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the database as requests see it (health component {@code database}, in the readiness group): DOWN when
 * no connection can be had within {@code harambee.health.database-wait} (the database is unreachable, or the pool is
 * exhausted and requests are queueing for it) or the connection does not answer. It waits no longer than that, so a
 * probe answers quickly, and it replaces Boot's {@code db} check, which waits the pool's whole connection timeout.
 */
@Component
class DatabaseHealthIndicator implements HealthIndicator {

    private final DataSource dataSource;
    private final long waitMillis;
    private final ReplicaLag replica;

    DatabaseHealthIndicator(DataSource dataSource, Duration wait) {
        this.dataSource = dataSource;
        this.waitMillis = Math.max(250, wait.toMillis());
        this.replica = null;
    }

    @Autowired
    DatabaseHealthIndicator(
            DataSource dataSource,
            @Value("${harambee.health.database-wait:1s}") Duration wait,
            ObjectProvider<ReplicaLag> replica) {
        this.dataSource = dataSource;
        this.waitMillis = Math.max(250, wait.toMillis());
        this.replica = replica.getIfAvailable();
    }

    @Override
    public Health health() {
        HikariDataSource primary = primary(dataSource);
        HikariPoolMXBean pool = primary == null ? null : primary.getHikariPoolMXBean();
        Health.Builder health = Health.up();
        try (Connection connection = borrow(pool)) {
            if (!connection.isValid((int) Math.max(1, waitMillis / 1000))) {
                health = Health.down().withDetail("reason", "the database did not answer");
            }
        } catch (SQLException ex) {
            health = Health.down()
                    .withDetail(
                            "reason",
                            exhausted(pool)
                                    ? "pool exhausted: no connection free within " + waitMillis + " ms"
                                    : "database unreachable: " + DatabaseUnavailable.summary(ex));
        }
        if (pool != null) {
            health.withDetail("active", pool.getActiveConnections())
                    .withDetail("idle", pool.getIdleConnections())
                    .withDetail("waiting", pool.getThreadsAwaitingConnection())
                    .withDetail("total", pool.getTotalConnections());
        }
        if (replica != null) {
            // a replica that is down or behind does not make the node unready: its reads go to the primary
            health.withDetail("replica", replica.describe());
        }
        return health.build();
    }

    /** The primary's pool, also behind the lazy proxy of a deployment with a read replica. */
    private static HikariDataSource primary(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private Connection borrow(HikariPoolMXBean pool) throws SQLException {
        // HikariPool lets a caller wait less than the pool's connection timeout; a plain DataSource does not
        // on the pool itself, past the lazy proxy of a deployment with a read replica, which would not borrow at all
        return pool instanceof HikariPool hikari ? hikari.getConnection(waitMillis) : dataSource.getConnection();
    }

    private static boolean exhausted(HikariPoolMXBean pool) {
        return pool != null && pool.getActiveConnections() > 0 && pool.getIdleConnections() == 0;
    }
}
