package org.harambee.geography;

import org.harambee.OnPostgres;

/** The geography API tests against PostgreSQL. */
@OnPostgres
class UnitApiPostgresTests extends UnitApiIntegrationTests {}
