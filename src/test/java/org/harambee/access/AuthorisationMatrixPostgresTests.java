package org.harambee.access;

import org.harambee.OnPostgres;

/** The authorisation matrix against PostgreSQL. */
@OnPostgres
class AuthorisationMatrixPostgresTests extends AuthorisationMatrixIntegrationTests {}
