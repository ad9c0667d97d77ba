/** Meetings of a community: type, day, attendance as counts by sex and age group (never names), decisions. */
package org.harambee.communities.meetings;
