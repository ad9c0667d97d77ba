package org.harambee.capacity;

import java.util.List;
import java.util.Locale;
import org.harambee.capacity.internal.Place;
import org.harambee.geography.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A readiness with each criterion said in the reader's language ({@code capacity.criterion.<criterion>}). */
@Component
class ReadinessExplained {

    record Check(String criterion, boolean met, long actual, long required, String reason) {}

    record Explained(Place unit, boolean ready, List<Check> checks) {}

    private final MessageSource messages;

    ReadinessExplained(MessageSource messages) {
        this.messages = messages;
    }

    Explained of(UnitView area, DistrictReadiness readiness, Locale locale) {
        return new Explained(
                new Place(area.pcode(), area.name(), area.levelName()),
                readiness.ready(),
                readiness.checks().stream()
                        .map(c -> new Check(
                                c.criterion(),
                                c.met(),
                                c.actual(),
                                c.required(),
                                messages.getMessage(
                                        "capacity.criterion." + c.criterion(),
                                        new Object[] {c.actual(), c.required()},
                                        locale)))
                        .toList());
    }
}
