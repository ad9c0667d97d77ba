package org.harambee.system;

import org.harambee.OnPostgres;

/** No free connection on PostgreSQL: 503 with Retry-After, readiness DOWN. */
@OnPostgres
class DatabaseUnavailablePostgresTests extends DatabaseUnavailableIntegrationTests {}
