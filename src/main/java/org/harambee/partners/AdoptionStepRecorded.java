package org.harambee.partners;

import java.time.LocalDate;
import java.util.UUID;

/** An organisation took a step of adopting the approach in an area (the unit and its subtree), on a date. */
public record AdoptionStepRecorded(
        UUID adoptionId, UUID organisationId, UUID unitId, String unitPath, AdoptionStep step, LocalDate on) {}
