package org.harambee.communities;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL, where the rows come through a cursor. */
@OnPostgres
class CommunityExportPostgresTests extends CommunityExportIntegrationTests {}
