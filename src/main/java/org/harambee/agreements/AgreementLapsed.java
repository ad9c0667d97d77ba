package org.harambee.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An agreement in force passed its review date without a review, and the daily lapse job marked it lapsed. */
public record AgreementLapsed(
        UUID agreementId, UUID unitId, String unitPath, List<UUID> communityIds, LocalDate reviewDate) {}
