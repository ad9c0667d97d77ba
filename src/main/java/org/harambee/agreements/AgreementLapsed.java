package org.harambee.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agreement in force passed its review date without a review: the daily lapse job marked it lapsed, or a late
 * review found it so before the job did (and tells it just before the agreement is in force again).
 */
public record AgreementLapsed(
        UUID agreementId, UUID unitId, String unitPath, List<UUID> communityIds, LocalDate reviewDate) {}
