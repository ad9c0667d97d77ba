package org.harambee.capacity;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL. */
@OnPostgres
class TrainingDocumentsPostgresTests extends TrainingDocumentsIntegrationTests {}
