package org.harambee.referrals.sms;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL. */
@OnPostgres
class SmsIntakePostgresTests extends SmsIntakeIntegrationTests {}
