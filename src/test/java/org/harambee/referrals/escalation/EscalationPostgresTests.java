package org.harambee.referrals.escalation;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL. */
@OnPostgres
class EscalationPostgresTests extends EscalationIntegrationTests {}
