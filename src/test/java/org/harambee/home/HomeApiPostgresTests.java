package org.harambee.home;

import org.harambee.OnPostgres;

/** The home of each role against PostgreSQL. */
@OnPostgres
class HomeApiPostgresTests extends HomeApiIntegrationTests {}
