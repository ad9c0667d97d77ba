package org.harambee.communities;

import java.util.List;
import java.util.UUID;

/**
 * A cluster named in passing by other modules (agreements, rollout waves): where it is placed (unit id and path, for
 * scope checks) and its member communities' ids.
 */
public record ClusterRef(UUID id, String name, UUID unitId, String unitPath, List<UUID> memberIds) {}
