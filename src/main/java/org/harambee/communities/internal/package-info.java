/**
 * What the communities features share: the community table and its listings, reading a community within the
 * reader's area and what the pages show of it, its timeline, the configurable lists (meeting types, harms), areas,
 * the lists of a community's records and their filters, unit paths kept right when a unit moves, and the communities
 * a partners' forum can represent.
 */
package org.harambee.communities.internal;
