package org.harambee.partners;

import org.harambee.OnPostgres;

/** The stakeholder and forum tests against PostgreSQL. */
@OnPostgres
class ForumsPostgresTests extends ForumsIntegrationTests {}
