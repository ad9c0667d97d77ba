package org.harambee.partners;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL, where the rows come through a cursor. */
@OnPostgres
class OrganisationExportPostgresTests extends OrganisationExportIntegrationTests {}
