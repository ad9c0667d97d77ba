package org.harambee.access;

import org.harambee.OnPostgres;

/** No request needs a second connection, against PostgreSQL. */
@OnPostgres
class OneConnectionPerRequestPostgresTests extends OneConnectionPerRequestIntegrationTests {}
