package org.harambee;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A schema of its own in the test database named by {@code HARAMBEE_TEST_POSTGRES_URL}, for a test that migrates from
 * scratch beside the shared schema; dropped when the test JVM ends.
 */
public final class PostgresSchemas {

    private PostgresSchemas() {}

    public static DataSource ofItsOwn(String prefix) {
        String url = System.getenv("HARAMBEE_TEST_POSTGRES_URL");
        String user = System.getenv().getOrDefault("HARAMBEE_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("HARAMBEE_TEST_POSTGRES_PASSWORD", "");
        String schema = prefix + UUID.randomUUID().toString().replace("-", "");
        JdbcClient.create(new DriverManagerDataSource(url, user, password))
                .sql("create schema " + schema)
                .update();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> JdbcClient.create(new DriverManagerDataSource(url, user, password))
                        .sql("drop schema " + schema + " cascade")
                        .update()));
        return new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }
}
