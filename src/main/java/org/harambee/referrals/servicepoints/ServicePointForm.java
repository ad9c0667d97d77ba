package org.harambee.referrals.servicepoints;

import java.util.Arrays;
import java.util.List;

/**
 * The service point form as entered, kept as typed so that a refused form shows it again; areas as P-codes;
 * {@code onPlatform} null when its box is not ticked (a browser sends nothing then).
 */
record ServicePointForm(
        String name,
        String category,
        String unit,
        String areas,
        String phone,
        String email,
        String address,
        String openingHours,
        String languages,
        Boolean onPlatform) {

    static ServicePointForm empty(String unit) {
        return new ServicePointForm(null, null, unit, null, null, null, null, null, null, false);
    }

    static ServicePointForm of(ServicePointViews.ServicePoint p) {
        return new ServicePointForm(
                p.name(),
                p.category().name(),
                p.unit() == null ? null : p.unit().pcode(),
                String.join(
                        " ",
                        p.areas().stream()
                                .filter(a -> a != null)
                                .map(ServicePointViews.Place::pcode)
                                .toList()),
                p.phone(),
                p.email(),
                p.address(),
                p.openingHours(),
                p.languages(),
                p.onPlatform());
    }

    /** Area P-codes may be separated by spaces, commas or semicolons. */
    ServicePointInput input() {
        List<String> codes = areas == null
                ? List.of()
                : Arrays.stream(areas.split("[\\s,;]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
        return new ServicePointInput(
                name, category, unit, codes, phone, email, address, openingHours, languages, onPlatform);
    }
}
