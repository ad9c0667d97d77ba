package org.harambee.insights.facts;

import org.harambee.OnPostgres;

/** Imported communities' facts against PostgreSQL. */
@OnPostgres
class ImportedCommunityFactsPostgresTests extends ImportedCommunityFactsIntegrationTests {}
