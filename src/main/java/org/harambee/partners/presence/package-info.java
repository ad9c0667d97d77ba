/** Who does what where: presence by unit, sector and period, its pages, API and import. */
package org.harambee.partners.presence;
