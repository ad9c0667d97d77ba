package org.harambee.system;

import org.harambee.OnPostgres;

/** The capacity door in front of PostgreSQL. */
@OnPostgres
class CapacityPostgresTests extends CapacityIntegrationTests {}
