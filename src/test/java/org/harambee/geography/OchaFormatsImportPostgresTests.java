package org.harambee.geography;

import org.harambee.OnPostgres;

/** The OCHA format imports against PostgreSQL. */
@OnPostgres
class OchaFormatsImportPostgresTests extends OchaFormatsImportIntegrationTests {}
