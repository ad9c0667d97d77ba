package org.harambee.search;

import org.harambee.OnPostgres;

/** The search of each kind against PostgreSQL. */
@OnPostgres
class SearchApiPostgresTests extends SearchApiIntegrationTests {}
