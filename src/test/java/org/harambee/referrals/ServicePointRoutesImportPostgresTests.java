package org.harambee.referrals;

import org.harambee.OnPostgres;

/** Service points with their routes from one sheet, on PostgreSQL. */
@OnPostgres
class ServicePointRoutesImportPostgresTests extends ServicePointRoutesImportIntegrationTests {}
