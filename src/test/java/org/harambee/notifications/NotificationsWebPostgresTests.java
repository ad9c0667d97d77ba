package org.harambee.notifications;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL. */
@OnPostgres
class NotificationsWebPostgresTests extends NotificationsWebIntegrationTests {}
