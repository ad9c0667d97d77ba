package org.harambee.access;

import org.harambee.OnPostgres;

/** The account tests against PostgreSQL. */
@OnPostgres
class AccountPostgresTests extends AccountIntegrationTests {}
