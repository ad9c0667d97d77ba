package org.harambee.capacity;

import org.harambee.OnPostgres;

/** The same imports against PostgreSQL. */
@OnPostgres
class ParticipantImportPostgresTests extends ParticipantImportIntegrationTests {}
