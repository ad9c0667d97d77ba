package org.harambee.communities;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL. */
@OnPostgres
class CommunityProfilePostgresTests extends CommunityProfileIntegrationTests {}
