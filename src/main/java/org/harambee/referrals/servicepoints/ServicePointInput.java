package org.harambee.referrals.servicepoints;

import java.util.List;

/**
 * A service point as a user enters it: {@code category} a {@link org.harambee.referrals.ServiceCategory} name,
 * {@code unit} the P-code of the unit it sits in, {@code areas} the P-codes of the units it serves (its own unit when
 * none is given).
 */
record ServicePointInput(
        String name,
        String category,
        String unit,
        List<String> areas,
        String phone,
        String email,
        String address,
        String openingHours,
        String languages,
        Boolean onPlatform) {}
