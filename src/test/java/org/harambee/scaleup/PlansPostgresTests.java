package org.harambee.scaleup;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL. */
@OnPostgres
class PlansPostgresTests extends PlansIntegrationTests {}
