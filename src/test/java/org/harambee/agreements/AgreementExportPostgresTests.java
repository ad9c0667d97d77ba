package org.harambee.agreements;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL, where the rows come through a cursor. */
@OnPostgres
class AgreementExportPostgresTests extends AgreementExportIntegrationTests {}
