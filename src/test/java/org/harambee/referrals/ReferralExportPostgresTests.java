package org.harambee.referrals;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL, where the rows come through a cursor. */
@OnPostgres
class ReferralExportPostgresTests extends ReferralExportIntegrationTests {}
