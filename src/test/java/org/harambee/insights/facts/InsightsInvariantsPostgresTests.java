package org.harambee.insights.facts;

import org.springframework.test.context.TestPropertySource;

/**
 * The invariants on PostgreSQL, in a deployment fourteen hours ahead of UTC, so that days and months turn at other
 * instants than the JVM's.
 */
@org.harambee.OnPostgres
@TestPropertySource(properties = "harambee.time-zone=Pacific/Kiritimati")
class InsightsInvariantsPostgresTests extends InsightsInvariantsIntegrationTests {}
