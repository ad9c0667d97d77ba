package org.harambee.system;

import jakarta.servlet.http.HttpServletResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The read-only side of the lazy proxy ({@link ReplicaDataSources}): a read-only transaction opened by
 * {@link ReplicaReads} takes its one connection from the replica while the replica is usable; every other read-only
 * transaction, and every one while the replica is down or too far behind, takes it from the primary. A page served
 * by the replica learns how far behind it is (request attribute {@code replicaLag}, header {@code Harambee-Replica-Lag}).
 */
final class ReplicaRoute extends AbstractDataSource {

    static final String LAG_ATTRIBUTE = "replicaLag";
    static final String LAG_HEADER = "Harambee-Replica-Lag";

    private final DataSource primary;
    private final DataSource replica;
    private final ReplicaLag lag;

    ReplicaRoute(DataSource primary, DataSource replica, ReplicaLag lag) {
        this.primary = primary;
        this.replica = replica;
        this.lag = lag;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (ReplicaReads.wanted() && lag.usable()) {
            try {
                Connection connection = replica.getConnection();
                tell(lag.state().seconds());
                return connection;
            } catch (SQLException e) {
                lag.markDown(DatabaseUnavailable.summary(e));
            }
        }
        Connection connection = primary.getConnection();
        // what a read-only transaction on the primary got before the proxy: the driver's read-only mode
        connection.setReadOnly(true);
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return primary.getConnection(username, password);
    }

    /** A reading that fell back to the primary after the replica failed under it: its page says no lag. */
    static void untell() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.getRequest().removeAttribute(LAG_ATTRIBUTE);
            HttpServletResponse response = request.getResponse();
            if (response != null && !response.isCommitted() && response.containsHeader(LAG_HEADER)) {
                response.setHeader(LAG_HEADER, null);
            }
        }
    }

    private static void tell(double seconds) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            String shown = String.format(Locale.ROOT, "%.1f", seconds);
            request.getRequest().setAttribute(LAG_ATTRIBUTE, shown);
            HttpServletResponse response = request.getResponse();
            if (response != null && !response.isCommitted()) {
                response.setHeader(LAG_HEADER, shown);
            }
        }
    }
}
