package org.harambee.capacity;

import java.util.UUID;
import javax.sql.DataSource;
import org.harambee.OnPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The facilitators of communities migrated, against PostgreSQL: in a schema of its own, dropped afterwards. */
@OnPostgres
class FacilitatorMigrationPostgresTests extends FacilitatorMigrationTests {

    @Override
    DataSource dataSource() {
        String url = System.getenv("HARAMBEE_TEST_POSTGRES_URL");
        String user = System.getenv().getOrDefault("HARAMBEE_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("HARAMBEE_TEST_POSTGRES_PASSWORD", "");
        String schema = "facilitator_migration_" + UUID.randomUUID().toString().replace("-", "");
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
