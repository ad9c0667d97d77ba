package org.harambee.access;

import org.harambee.OnPostgres;

/** The audit chain sealed off the request path, against PostgreSQL. */
@OnPostgres
class AuditChainPostgresTests extends AuditChainIntegrationTests {}
