package org.harambee.system;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code harambee.datasource.replica.url} set, the application's DataSource becomes a lazy proxy over two pools:
 * the primary (Boot's {@code spring.datasource.*} settings, as without a replica) and a small pool on a PostgreSQL
 * streaming replica, which only the reads opted in through {@link ReplicaReads} reach (decision 0030). A transaction
 * still holds one connection: the proxy takes it from one pool or the other when the first statement runs. Without the
 * setting Boot's own single pool stays, unchanged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("harambee.datasource.replica.url")
class ReplicaDataSources {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryDataSource(DataSourceProperties properties) {
        HikariDataSource primary = properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
        primary.setPoolName("primary");
        return primary;
    }

    @Bean
    @ConfigurationProperties("harambee.datasource.replica.hikari")
    HikariDataSource replicaDataSource(
            @Value("${harambee.datasource.replica.url}") String url,
            @Value("${harambee.datasource.replica.username:}") String username,
            @Value("${harambee.datasource.replica.password:}") String password) {
        HikariDataSource replica = new HikariDataSource();
        replica.setPoolName("replica");
        replica.setJdbcUrl(url);
        if (!username.isBlank()) {
            replica.setUsername(username);
            replica.setPassword(password);
        }
        replica.setReadOnly(true);
        replica.setMaximumPoolSize(5);
        // a replica that does not answer at once is passed over for the primary, not waited for
        replica.setConnectionTimeout(1000);
        replica.setValidationTimeout(500);
        replica.setInitializationFailTimeout(-1);
        return replica;
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    ReplicaLag replicaLag(
            @Qualifier("primaryDataSource") DataSource primary,
            @Qualifier("replicaDataSource") DataSource replica,
            ReplicaSettings settings,
            MeterRegistry registry) {
        ReplicaLag lag = new ReplicaLag(primary, replica, settings);
        lag.register(registry);
        return lag;
    }

    @Bean
    ReplicaSettings replicaSettings(
            @Value("${harambee.datasource.replica.max-lag:5s}") Duration maxLag,
            @Value("${harambee.datasource.replica.lag-refresh:1s}") Duration refresh) {
        return new ReplicaSettings(maxLag, refresh);
    }

    @Bean
    @Primary
    DataSource dataSource(
            @Qualifier("primaryDataSource") DataSource primary,
            @Qualifier("replicaDataSource") DataSource replica,
            ReplicaLag lag) {
        LazyConnectionDataSourceProxy proxy = new LazyConnectionDataSourceProxy();
        proxy.setTargetDataSource(primary);
        proxy.setReadOnlyDataSource(new ReplicaRoute(primary, replica, lag));
        // Hikari's defaults, so that the proxy need not borrow a connection to learn them
        proxy.setDefaultAutoCommit(true);
        proxy.setDefaultTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return proxy;
    }

    /** Early, so that a write the security filters refuse marks the browser too: harmless, and simpler to reason. */
    @Bean
    FilterRegistrationBean<PrimaryAfterWrites> primaryAfterWrites(ReplicaSettings settings) {
        FilterRegistrationBean<PrimaryAfterWrites> registration =
                new FilterRegistrationBean<>(new PrimaryAfterWrites(settings));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
