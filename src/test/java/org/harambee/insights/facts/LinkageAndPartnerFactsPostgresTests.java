package org.harambee.insights.facts;

/** Linkage coverage and partner adoption on PostgreSQL. */
@org.harambee.OnPostgres
class LinkageAndPartnerFactsPostgresTests extends LinkageAndPartnerFactsIntegrationTests {}
