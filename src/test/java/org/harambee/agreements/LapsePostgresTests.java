package org.harambee.agreements;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL. */
@OnPostgres
class LapsePostgresTests extends LapseIntegrationTests {}
