package org.harambee.partners;

import org.harambee.OnPostgres;

/** Partner managers' own organisation against PostgreSQL. */
@OnPostgres
class OwnOrganisationPostgresTests extends OwnOrganisationIntegrationTests {}
