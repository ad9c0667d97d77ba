package org.harambee.communities;

import java.time.LocalDate;
import java.util.UUID;

/** A community was registered; {@code sourceCommunityId} is the neighbour it heard from, for a neighbour request. */
public record CommunityRegistered(
        UUID communityId,
        UUID unitId,
        String unitPath,
        Origin origin,
        UUID sourceCommunityId,
        UUID partnerId,
        LocalDate registeredOn) {}
