package org.harambee.geography;

import org.harambee.OnPostgres;

/** The map boundaries against PostgreSQL. */
@OnPostgres
class MapBoundaryPostgresTests extends MapBoundaryIntegrationTests {}
