package org.harambee.communities;

import org.harambee.OnPostgres;

/** The same imports against PostgreSQL. */
@OnPostgres
class CommunityImportPostgresTests extends CommunityImportIntegrationTests {}
