package org.harambee.partners;

import org.harambee.OnPostgres;

/** The partners tests against PostgreSQL. */
@OnPostgres
class PartnersPostgresTests extends PartnersIntegrationTests {}
