package org.harambee.partners;

import org.harambee.OnPostgres;

/** The same imports against PostgreSQL. */
@OnPostgres
class PartnerImportPostgresTests extends PartnerImportIntegrationTests {}
