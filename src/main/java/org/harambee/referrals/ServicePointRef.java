package org.harambee.referrals;

import java.util.UUID;

/**
 * A service point named in passing: what it offers, where it sits (unit id and path, for scope checks), whether its
 * staff work on the platform or answer through one-time links, and whether it still takes referrals.
 */
public record ServicePointRef(
        UUID id,
        String name,
        ServiceCategory category,
        UUID unitId,
        String unitPath,
        boolean onPlatform,
        boolean active) {}
