/** A community's printable profile for the meeting wall, as a page's download and in the API (decision 0035). */
package org.harambee.communities.profile;
