package org.harambee.geography;

import org.harambee.OnPostgres;

/** The search by every name against PostgreSQL. */
@OnPostgres
class UnitSearchPostgresTests extends UnitSearchIntegrationTests {}
