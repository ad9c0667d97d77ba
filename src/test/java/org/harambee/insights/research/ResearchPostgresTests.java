package org.harambee.insights.research;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL. */
@OnPostgres
class ResearchPostgresTests extends ResearchIntegrationTests {}
