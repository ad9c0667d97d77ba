/**
 * Accounts and sign-in: the security configuration (filter chains, HTTP Basic, bearer tokens), sessions kept in the
 * database, a pause after repeated failures, password change, personal API tokens, the first administrator on an
 * empty database, and the hash-chained audit trail that every module writes to through
 * {@link org.harambee.access.AuditTrail}. Roles with geographic scopes grow here next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = "system")
package org.harambee.access;
