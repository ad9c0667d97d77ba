package org.harambee.access;

import org.harambee.OnPostgres;

/** The audit trail against PostgreSQL. */
@OnPostgres
class AuditPostgresTests extends AuditIntegrationTests {}
