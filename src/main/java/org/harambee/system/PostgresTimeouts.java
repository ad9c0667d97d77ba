package org.harambee.system;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, bounds the driver's waits so that a lost database is noticed in seconds: opening a connection gives up
 * after {@code harambee.database.connect-timeout} (the driver's own default is 10 s, during which a request would
 * wait), TCP keep-alive finds connections whose server vanished, and a statement whose answer never comes ends after
 * {@code harambee.database.socket-timeout} (off by default, since a long import or rebuild statement must not be cut).
 * Added only when the URL names PostgreSQL and the operator has not set the parameter (docs/operations.md).
 */
@Component
class PostgresTimeouts implements BeanPostProcessor {

    private final Map<String, String> defaults;

    PostgresTimeouts(
            @Value("${harambee.database.connect-timeout:5s}") Duration connect,
            @Value("${harambee.database.socket-timeout:0s}") Duration socket) {
        this.defaults = Map.of(
                "connectTimeout", Long.toString(Math.max(1, connect.toSeconds())),
                "socketTimeout", Long.toString(socket.toSeconds()),
                "tcpKeepAlive", "true");
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari
                && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            defaults.forEach((name, value) -> {
                if (!hikari.getJdbcUrl().contains(name + "=")
                        && !hikari.getDataSourceProperties().containsKey(name)) {
                    hikari.addDataSourceProperty(name, value);
                }
            });
        }
        return bean;
    }
}
