package org.harambee.notifications;

import org.harambee.OnPostgres;

/** The same on PostgreSQL: two runs at once wait on the job's row lock, and the second finds every reminder queued. */
@OnPostgres
class RemindersPostgresTests extends RemindersIntegrationTests {}
