package org.harambee.communities;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL, where the rows of a file come through a cursor. */
@OnPostgres
class RecordListsPostgresTests extends RecordListsIntegrationTests {}
