package org.harambee.capacity;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL, where the rows come through a cursor. */
@OnPostgres
class TrainingExportPostgresTests extends TrainingExportIntegrationTests {}
