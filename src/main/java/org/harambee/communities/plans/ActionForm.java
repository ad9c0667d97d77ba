package org.harambee.communities.plans;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * An action's form on a plan's page, as bound: the dates read by the binding (one that is no date is refused beside
 * its field before the service is asked), the rest as typed, checked by {@link ActionPlans}.
 */
record ActionForm(
        String description,
        String owner,
        String status,
        @DateTimeFormat(iso = ISO.DATE) LocalDate dueOn,
        @DateTimeFormat(iso = ISO.DATE) LocalDate doneOn) {

    ActionPlans.ActionInput input() {
        return new ActionPlans.ActionInput(description, owner, status, text(dueOn), text(doneOn));
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
