package org.harambee.insights.facts;

/** Writers, folders and a rebuild at the same time on PostgreSQL, where they truly run side by side. */
@org.harambee.OnPostgres
class FoldingConcurrencyPostgresTests extends FoldingConcurrencyIntegrationTests {}
