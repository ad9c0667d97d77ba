/**
 * Accounts and sign-in: the security configuration (filter chains, HTTP Basic, bearer tokens, turns of the password
 * hash), sessions kept in the database, a pause after repeated failures, password change, personal API tokens, the
 * first administrator on an empty database, and the hash-chained audit trail that every module writes to through
 * {@link org.harambee.access.AuditTrail}; who is acting ({@link org.harambee.access.CurrentUser}), what they may do
 * where ({@link org.harambee.access.Scopes}) and the unit path ranges every module queries with
 * ({@link org.harambee.access.UnitPaths}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = "system")
package org.harambee.access;
