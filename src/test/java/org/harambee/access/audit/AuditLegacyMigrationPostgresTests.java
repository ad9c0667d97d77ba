package org.harambee.access.audit;

import javax.sql.DataSource;
import org.harambee.OnPostgres;
import org.harambee.PostgresSchemas;

/** The legacy audit lines migrated, against PostgreSQL: in a schema of its own, dropped afterwards. */
@OnPostgres
class AuditLegacyMigrationPostgresTests extends AuditLegacyMigrationTests {

    @Override
    DataSource dataSource() {
        return PostgresSchemas.ofItsOwn("audit_legacy_");
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
