package org.harambee.geography;

import org.harambee.OnPostgres;

/** Naming levels against PostgreSQL. */
@OnPostgres
class CountryLevelsPostgresTests extends CountryLevelsIntegrationTests {}
