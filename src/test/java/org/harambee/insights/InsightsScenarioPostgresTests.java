package org.harambee.insights;

import org.harambee.OnPostgres;

/** The same scenario against PostgreSQL. */
@OnPostgres
class InsightsScenarioPostgresTests extends InsightsScenarioIntegrationTests {}
