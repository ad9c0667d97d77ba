package org.harambee.agreements.model;

import java.util.List;
import org.harambee.agreements.AgreementStatus;

/** A decision of an {@link Agreement}: the agreement as it now is, and the events to publish, in order. */
public record Change(Agreement agreement, AgreementStatus from, List<Object> events) {

    public Change {
        events = List.copyOf(events);
    }
}
