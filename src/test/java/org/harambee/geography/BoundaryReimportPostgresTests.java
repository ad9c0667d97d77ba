package org.harambee.geography;

import org.harambee.OnPostgres;

/** The re-import tests against PostgreSQL. */
@OnPostgres
class BoundaryReimportPostgresTests extends BoundaryReimportIntegrationTests {}
