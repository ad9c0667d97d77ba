package org.harambee.communities;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Communities joined or left a cluster on a day (a cluster formed: all its members joined). An agreement of the
 * cluster ties in its members while they belong to it.
 */
public record ClusterMembersChanged(UUID changeId, UUID clusterId, List<UUID> joined, List<UUID> left, LocalDate on) {}
