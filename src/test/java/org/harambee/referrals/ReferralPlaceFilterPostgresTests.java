package org.harambee.referrals;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL. */
@OnPostgres
class ReferralPlaceFilterPostgresTests extends ReferralPlaceFilterIntegrationTests {}
