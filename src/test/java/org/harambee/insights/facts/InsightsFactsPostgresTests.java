package org.harambee.insights.facts;

/** The insights facts on PostgreSQL: concurrent-safe upserts and the set-based rebuild in its dialect. */
@org.harambee.OnPostgres
class InsightsFactsPostgresTests extends InsightsFactsIntegrationTests {}
