package org.harambee.access;

import org.harambee.OnPostgres;

@OnPostgres
class PreferredLanguagePostgresTests extends PreferredLanguageIntegrationTests {}
