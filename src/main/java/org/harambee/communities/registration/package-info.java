/**
 * Registering communities: the list with its filters and its export, a community's page, the form and the API that
 * register and correct a community (one by one, or in batches for an import).
 */
package org.harambee.communities.registration;
