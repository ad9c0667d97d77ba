package org.harambee.access;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail: who did what, when, from where, to which record in which unit. */
public record AuditEntry(
        long seq,
        Instant at,
        String actor,
        String remoteAddress,
        String action,
        String recordType,
        String recordId,
        UUID unitId,
        String unitPath,
        String detail) {

    /** The text the chain hashes: every field in a fixed order, so that changing any of them breaks the chain. */
    public String canonical(String prevHash) {
        return String.join(
                "|",
                prevHash,
                Long.toString(seq),
                at.toString(),
                actor,
                String.valueOf(remoteAddress),
                action,
                String.valueOf(recordType),
                String.valueOf(recordId),
                String.valueOf(unitId),
                String.valueOf(unitPath),
                String.valueOf(detail));
    }
}
