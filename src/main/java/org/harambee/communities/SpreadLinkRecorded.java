package org.harambee.communities;

import java.time.LocalDate;
import java.util.UUID;

/** One community passed the approach on to another (source → target), as {@code kind}, on {@code occurredOn}. */
public record SpreadLinkRecorded(
        UUID linkId,
        UUID sourceCommunityId,
        String sourceUnitPath,
        UUID targetCommunityId,
        String targetUnitPath,
        SpreadKind kind,
        LocalDate occurredOn) {}
