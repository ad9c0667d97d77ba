package org.harambee.communities;

import java.util.UUID;

/** A community was placed at another unit (a correction of where it is); its records follow it. */
public record CommunityMoved(
        UUID communityId, UUID oldUnitId, String oldUnitPath, UUID newUnitId, String newUnitPath) {}
