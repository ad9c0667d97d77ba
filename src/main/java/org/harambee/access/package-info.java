/**
 * Accounts and sign-in. Owns the {@code access_user} tables and the sign-in sessions kept in the database; creates the
 * first administrator on an empty database.
 * Publishes no events yet; roles with geographic scopes, API tokens and the audit trail grow here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.harambee.access;
