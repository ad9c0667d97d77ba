package org.harambee.communities.spread;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The spread form as bound: the other community read as an id and the day as a date by the binding (one that is
 * neither is refused beside its field before the service is asked), the rest as typed, checked by {@link Spreading}.
 * {@code direction} OUT (the default): this community inspired the other, IN: the other inspired it.
 */
record SpreadForm(
        String direction,
        UUID otherId,
        String kind,
        @DateTimeFormat(iso = ISO.DATE) LocalDate occurredOn,
        String note) {

    SpreadForm {
        direction = direction == null || direction.isEmpty() ? "OUT" : direction;
    }

    boolean out() {
        return !"IN".equals(direction);
    }

    /** The link as {@link Spreading} takes it, from the community {@code self} whose page the form is on. */
    Spreading.SpreadInput input(UUID self) {
        return new Spreading.SpreadInput(
                out() ? self : otherId,
                out() ? otherId : self,
                kind,
                occurredOn == null ? null : occurredOn.toString(),
                note);
    }
}
