package org.harambee.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The parties ended an agreement. */
public record AgreementEnded(
        UUID agreementId, UUID unitId, String unitPath, List<UUID> communityIds, LocalDate endedOn) {}
