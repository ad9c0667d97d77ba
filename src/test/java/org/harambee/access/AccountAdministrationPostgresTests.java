package org.harambee.access;

import org.harambee.OnPostgres;

/** The account administration tests against PostgreSQL. */
@OnPostgres
class AccountAdministrationPostgresTests extends AccountAdministrationIntegrationTests {}
