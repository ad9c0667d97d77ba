package org.harambee.communities.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.harambee.communities.Origin;
import org.harambee.communities.internal.CommunityViews;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The community form as bound: the partner and the source community read as ids by the binding (one that is no id is
 * refused beside its field before the service is asked), the populations kept as typed so that a refused form shows
 * them again, facilitator rows by index ({@code facilitators[0].name}, {@code facilitators[0].inside}) with two empty
 * rows to fill.
 */
record CommunityForm(
        String name,
        String unit,
        String populationTotal,
        String populationChildren,
        List<Row> facilitators,
        UUID partnerId,
        String origin,
        UUID sourceCommunityId) {

    static final int EMPTY_ROWS = 2;

    /** A facilitator's row; an unticked box is sent as nothing. */
    record Row(String name, Boolean inside) {

        Row {
            inside = Boolean.TRUE.equals(inside);
        }
    }

    /** No rows sent are none; a row missing between two sent is an empty one; rows past the last the form has go. */
    CommunityForm {
        List<Row> rows = new ArrayList<>();
        if (facilitators != null) {
            for (int i = 0; i < facilitators.size() && i < CommunityRegistration.MAX_FACILITATORS + EMPTY_ROWS; i++) {
                Row row = facilitators.get(i);
                rows.add(row == null ? new Row("", false) : row);
            }
        }
        facilitators = rows;
    }

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
                c.partner() == null ? null : c.partner().id(),
                c.origin().name(),
                c.sourceCommunity() == null ? null : c.sourceCommunity().id());
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
                partnerId,
                origin,
                sourceCommunityId);
    }

    /** The form row of the {@code n}-th filled facilitator. */
    int rowIndex(int n) {
        List<Integer> filled = filled();
        return n < filled.size() ? filled.get(n) : n;
    }

    /** A population that holds something that is not a whole number is refused beside its field. */
    void checkNumbers(BindingResult binding) {
        number(binding, "populationTotal", populationTotal);
        number(binding, "populationChildren", populationChildren);
    }

    private static void number(BindingResult binding, String field, String value) {
        if (notANumber(value)) {
            binding.addError(new FieldError(
                    binding.getObjectName(),
                    field,
                    value,
                    false,
                    new String[] {"communities.number.invalid"},
                    null,
                    null));
        }
    }

    private static boolean notANumber(String value) {
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
}
