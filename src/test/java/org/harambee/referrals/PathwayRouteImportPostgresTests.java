package org.harambee.referrals;

import org.harambee.OnPostgres;

/** The same imports against PostgreSQL. */
@OnPostgres
class PathwayRouteImportPostgresTests extends PathwayRouteImportIntegrationTests {}
