/** Stakeholders above communities, each placed in the unit it serves: their pages and API. */
package org.harambee.partners.stakeholders;
