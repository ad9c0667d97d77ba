package org.harambee.capacity.facilitators;

import java.util.UUID;

/**
 * The facilitator form as entered, for recording one and for correcting one: whether they live in the community is a
 * choice of two, the organisation an id from the list; only a correction can switch a facilitator off.
 */
record FacilitatorForm(
        String name,
        String sex,
        Boolean insideCommunity,
        UUID organisationId,
        String username,
        String phone,
        String unit,
        Boolean active) {

    /** An empty form for a facilitator at {@code unit}. */
    static FacilitatorForm empty(String unit) {
        return new FacilitatorForm(null, null, true, null, null, null, unit, true);
    }

    /** The form filled with the facilitator as recorded. */
    static FacilitatorForm of(FacilitatorViews.Facilitator f) {
        return new FacilitatorForm(
                f.name(),
                f.sex(),
                f.insideCommunity(),
                f.organisation() == null ? null : f.organisation().id(),
                f.username(),
                f.phone(),
                f.unit().pcode(),
                f.active());
    }

    /** A new facilitator, active. */
    Facilitators.FacilitatorInput input() {
        return input(true);
    }

    /** A correction: an unticked box means the facilitator is no longer active. */
    Facilitators.FacilitatorInput change() {
        return input(Boolean.TRUE.equals(active));
    }

    private Facilitators.FacilitatorInput input(boolean isActive) {
        return new Facilitators.FacilitatorInput(
                name,
                sex,
                insideCommunity,
                organisationId == null ? null : organisationId.toString(),
                username,
                phone,
                unit,
                isActive);
    }
}
