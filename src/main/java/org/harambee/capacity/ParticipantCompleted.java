package org.harambee.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A participant completed a held training (attended, and passed where there is an assessment): an account ({@code
 * username}) or a person not on the platform, possibly a facilitator ({@code facilitatorId}); {@code sex} is given for
 * people not on the platform. No name travels with the event.
 */
public record ParticipantCompleted(
        UUID trainingId,
        UUID participantId,
        UUID unitId,
        String unitPath,
        List<String> competencies,
        String username,
        UUID facilitatorId,
        String sex,
        LocalDate completedOn) {}
