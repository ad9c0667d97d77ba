package org.harambee.access;

import java.util.UUID;
import javax.sql.DataSource;
import org.harambee.OnPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The legacy audit lines migrated, against PostgreSQL: in a schema of its own, dropped afterwards. */
@OnPostgres
class AuditLegacyMigrationPostgresTests extends AuditLegacyMigrationTests {

    @Override
    DataSource dataSource() {
        String url = System.getenv("HARAMBEE_TEST_POSTGRES_URL");
        String user = System.getenv().getOrDefault("HARAMBEE_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("HARAMBEE_TEST_POSTGRES_PASSWORD", "");
        String schema = "audit_legacy_" + UUID.randomUUID().toString().replace("-", "");
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

    @Override
    String vendor() {
        return "postgresql";
    }
}
