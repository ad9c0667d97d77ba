package org.harambee.insights.export;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL. */
@OnPostgres
class Dhis2PostgresTests extends Dhis2IntegrationTests {}
