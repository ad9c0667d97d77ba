/** The audit trail behind {@link org.harambee.access.AuditTrail}: writing lines, chaining and signing them, reading, filtering and verifying them. */
package org.harambee.access.audit;
