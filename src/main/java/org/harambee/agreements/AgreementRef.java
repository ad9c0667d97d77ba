package org.harambee.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agreement named in passing: its title, formality and status, where it is placed (unit id and path, for scope
 * checks), its review date, and the communities it ties in (directly or through a cluster).
 */
public record AgreementRef(
        UUID id,
        String title,
        Formality formality,
        AgreementStatus status,
        UUID unitId,
        String unitPath,
        LocalDate reviewDate,
        List<UUID> communityIds) {}
