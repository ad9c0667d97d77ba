package org.harambee.insights.export;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL. */
@OnPostgres
class ExportsPostgresTests extends ExportsIntegrationTests {}
