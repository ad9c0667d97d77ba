package org.harambee.partners;

import java.time.LocalDate;
import java.util.UUID;

/** A forum met on a day, with this many people; the forum is placed at the unit. */
public record ForumMeetingRecorded(
        UUID meetingId, UUID forumId, UUID unitId, String unitPath, LocalDate heldOn, int attendance) {}
