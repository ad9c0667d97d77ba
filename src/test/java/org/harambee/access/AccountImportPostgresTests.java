package org.harambee.access;

import org.harambee.OnPostgres;

/** The same imports of accounts against PostgreSQL. */
@OnPostgres
class AccountImportPostgresTests extends AccountImportIntegrationTests {}
