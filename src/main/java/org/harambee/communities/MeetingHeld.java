package org.harambee.communities;

import java.time.LocalDate;
import java.util.UUID;

/** A community held a meeting; attendance as counts by sex and age group, never names. */
public record MeetingHeld(
        UUID meetingId,
        UUID communityId,
        UUID unitId,
        String unitPath,
        String type,
        LocalDate heldOn,
        int girls,
        int boys,
        int women,
        int men,
        boolean facilitatedByCommunity) {}
