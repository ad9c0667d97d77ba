package org.harambee.capacity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant was enrolled in a training: an account ({@code username}), or a person not on the platform whose
 * facilitator record has a {@code phone}; the training's title, dates and venue (the place, {@code unitId}, when the
 * venue is not given) for the message that tells them. No name travels with the event.
 */
public record ParticipantEnrolled(
        UUID trainingId,
        UUID participantId,
        UUID unitId,
        String unitPath,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        String venue,
        String username,
        String phone) {}
