package org.harambee.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agreement came into force: after drafting, or again after the review of a lapsed one. Names the communities it
 * ties in (directly or through a cluster), for the linkage coverage indicator.
 */
public record AgreementInForce(
        UUID agreementId, UUID unitId, String unitPath, List<UUID> communityIds, LocalDate since) {}
