package org.harambee.capacity;

import javax.sql.DataSource;
import org.harambee.OnPostgres;
import org.harambee.PostgresSchemas;

/** The facilitators of communities migrated, against PostgreSQL: in a schema of its own, dropped afterwards. */
@OnPostgres
class FacilitatorMigrationPostgresTests extends FacilitatorMigrationTests {

    @Override
    DataSource dataSource() {
        return PostgresSchemas.ofItsOwn("facilitator_migration_");
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
