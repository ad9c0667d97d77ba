package org.harambee.insights;

import org.harambee.OnPostgres;

/** The same tests against PostgreSQL. */
@OnPostgres
class QuarterlyReportPostgresTests extends QuarterlyReportIntegrationTests {}
