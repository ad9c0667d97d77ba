package org.harambee.access;

import org.harambee.OnPostgres;

/** The token tests against PostgreSQL. */
@OnPostgres
class TokensPostgresTests extends TokensIntegrationTests {}
