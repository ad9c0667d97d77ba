package org.harambee.geography;

import org.harambee.OnPostgres;

/** The boundary import tests against PostgreSQL. */
@OnPostgres
class BoundaryImportPostgresTests extends BoundaryImportIntegrationTests {}
