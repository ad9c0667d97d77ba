/** Personal API tokens: issued, listed and revoked by their holder, and read from the bearer header of a request. */
package org.harambee.access.tokens;
