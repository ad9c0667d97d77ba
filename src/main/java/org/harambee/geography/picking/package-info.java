/**
 * The one place picker of every form and filter: finds places by any of their names or by P-code inside the user's
 * scope, as an htmx fragment, a page that works without JavaScript, and {@code /api/v1/places}.
 */
package org.harambee.geography.picking;
