package org.harambee.notifications;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL: skip-locked claims by two senders at once, leases, back-off, quiet hours. */
@OnPostgres
class OutboxPostgresTests extends OutboxIntegrationTests {}
