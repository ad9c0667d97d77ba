package org.harambee.communities.importing;

import org.harambee.OnPostgres;

/** The batched import's writes against PostgreSQL. */
@OnPostgres
class CommunityImportBatchPostgresTests extends CommunityImportBatchIntegrationTests {}
