package org.harambee.access;

import org.harambee.OnPostgres;

/** Sessions in PostgreSQL. */
@OnPostgres
class SessionsPostgresTests extends SessionsIntegrationTests {}
