package org.harambee.partners;

import java.time.LocalDate;
import java.util.UUID;

/** An organisation reached "supporting" communities with the approach in an area (the unit and its subtree). */
public record PartnerAdopted(UUID adoptionId, UUID organisationId, UUID unitId, String unitPath, LocalDate since) {}
