package org.harambee.communities;

import java.util.UUID;

/**
 * A community's origin was corrected (e.g. recorded as agency-initiated although it asked to start); figures that
 * depend on whether it asked (spontaneous starts) follow.
 */
public record CommunityOriginChanged(UUID communityId, String unitPath, Origin from, Origin to) {}
