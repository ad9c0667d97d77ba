/** Signing in: the security configuration, password checks and their turns, a pause after repeated failures, the cross-site check. */
package org.harambee.access.signin;
