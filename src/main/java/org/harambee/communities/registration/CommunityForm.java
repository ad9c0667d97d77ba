package org.harambee.communities.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.communities.Origin;
import org.harambee.communities.internal.CommunityViews;
import org.springframework.util.MultiValueMap;

/**
 * The community form as entered: texts kept as typed so that a refused form shows them again, facilitator rows by
 * index ({@code facilitators[0].name}, {@code facilitators[0].inside}) with two empty rows to fill.
 */
record CommunityForm(
        String name,
        String unit,
        String populationTotal,
        String populationChildren,
        List<Row> facilitators,
        String partnerId,
        String origin,
        String sourceCommunityId) {

    static final int EMPTY_ROWS = 2;

    record Row(String name, boolean inside) {}

    static CommunityForm empty(String unit) {
        return new CommunityForm(null, unit, null, null, rows(List.of()), null, Origin.AGENCY_INITIATED.name(), null);
    }

    static CommunityForm of(CommunityViews.Community c) {
        return new CommunityForm(
                c.name(),
                c.unit() == null ? null : c.unit().pcode(),
                c.populationTotal() == null ? null : c.populationTotal().toString(),
                c.populationChildren() == null ? null : c.populationChildren().toString(),
                rows(c.facilitators().stream()
                        .map(f -> new Row(f.name(), f.insideCommunity()))
                        .toList()),
                c.partner() == null ? null : c.partner().id().toString(),
                c.origin().name(),
                c.sourceCommunity() == null ? null : c.sourceCommunity().id().toString());
    }

    static CommunityForm of(MultiValueMap<String, String> params) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < CommunityRegistration.MAX_FACILITATORS + EMPTY_ROWS; i++) {
            String name = params.getFirst("facilitators[" + i + "].name");
            if (name == null && !params.containsKey("facilitators[" + i + "].inside")) {
                break;
            }
            rows.add(new Row(name, "true".equals(params.getFirst("facilitators[" + i + "].inside"))));
        }
        return new CommunityForm(
                params.getFirst("name"),
                params.getFirst("unit"),
                params.getFirst("populationTotal"),
                params.getFirst("populationChildren"),
                rows,
                params.getFirst("partnerId"),
                params.getFirst("origin"),
                params.getFirst("sourceCommunityId"));
    }

    /** The rows with a name, as the service takes them; {@link #rowIndex} maps their positions back. */
    CommunityRegistration.CommunityInput input() {
        return new CommunityRegistration.CommunityInput(
                name,
                unit,
                number(populationTotal),
                number(populationChildren),
                filled().stream()
                        .map(i -> new CommunityRegistration.FacilitatorInput(
                                facilitators.get(i).name(), facilitators.get(i).inside()))
                        .toList(),
                uuid(partnerId),
                origin,
                uuid(sourceCommunityId));
    }

    /** The form row of the {@code n}-th filled facilitator. */
    int rowIndex(int n) {
        List<Integer> filled = filled();
        return n < filled.size() ? filled.get(n) : n;
    }

    /** Whether a population field holds something that is not a whole number. */
    boolean notANumber(String value) {
        return value != null && !value.isBlank() && number(value) == null;
    }

    private List<Integer> filled() {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < facilitators.size(); i++) {
            if (facilitators.get(i).name() != null
                    && !facilitators.get(i).name().isBlank()) {
                filled.add(i);
            }
        }
        return filled;
    }

    private static List<Row> rows(List<Row> filled) {
        List<Row> rows = new ArrayList<>(filled);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new Row("", false));
        }
        return rows;
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
