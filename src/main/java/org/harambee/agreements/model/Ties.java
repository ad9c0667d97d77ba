package org.harambee.agreements.model;

import java.util.List;
import java.util.UUID;

/**
 * What an agreement ties in, as its events name it: the communities (its community parties and the members of its
 * cluster parties today), and apart its community parties and its cluster parties.
 */
public record Ties(List<UUID> communityIds, List<UUID> communityPartyIds, List<UUID> clusterPartyIds) {}
