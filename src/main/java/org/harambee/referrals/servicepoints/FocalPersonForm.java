package org.harambee.referrals.servicepoints;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The focal person form of a service point's page: the name as typed, the day the training ended read as a date by the
 * binding, both checked by {@link ServicePointFocalPersons}; {@code clear} is sent by the button that removes the
 * focal person, and then the other fields do not count.
 */
record FocalPersonForm(
        String name, @DateTimeFormat(iso = ISO.DATE) LocalDate trainedOn, String clear) {

    boolean clearing() {
        return clear != null;
    }

    ServicePointFocalPersons.Input input() {
        return new ServicePointFocalPersons.Input(name, trainedOn == null ? null : trainedOn.toString());
    }
}
