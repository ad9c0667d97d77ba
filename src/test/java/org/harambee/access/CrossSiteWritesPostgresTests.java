package org.harambee.access;

import org.harambee.OnPostgres;

/** Forged cross-site writes against PostgreSQL. */
@OnPostgres
class CrossSiteWritesPostgresTests extends CrossSiteWritesIntegrationTests {}
