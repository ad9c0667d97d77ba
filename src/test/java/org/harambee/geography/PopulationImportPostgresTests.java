package org.harambee.geography;

import org.harambee.OnPostgres;

/** The population imports against PostgreSQL. */
@OnPostgres
class PopulationImportPostgresTests extends PopulationImportIntegrationTests {}
