package org.harambee.communities.plans;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The action plan form as bound: the dates read by the binding (one that is no date is refused beside its field before
 * the service is asked), the rest as typed, checked by {@link ActionPlans}.
 */
record PlanForm(
        String title,
        String harm,
        @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn) {

    ActionPlans.PlanInput input() {
        return new ActionPlans.PlanInput(title, harm, ActionForm.text(startsOn), ActionForm.text(endsOn));
    }
}
