package org.harambee.referrals;

import java.util.UUID;

/** A service point was added to the register, at {@code unitPath}, taking referrals of {@code category}. */
public record ServicePointRegistered(
        UUID servicePointId, ServiceCategory category, UUID unitId, String unitPath, boolean onPlatform) {}
