/** What the partners features share: places and scopes, dates, the where-clause builder, the overview and the choice of organisations, and keeping unit paths right. */
package org.harambee.partners.internal;
