/** The map of communities coloured by their current phase, and the GeoJSON that the page draws. */
package org.harambee.communities.map;
