package org.harambee.communities.meetings;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The meeting form as bound: the day read by the binding (one that is no date is refused beside its field before the
 * service is asked), the four counts kept as typed, so that "abc" is shown again with its message.
 */
record MeetingForm(
        String type,
        @DateTimeFormat(iso = ISO.DATE) LocalDate heldOn,
        String girls,
        String boys,
        String women,
        String men,
        String facilitation,
        String decisions) {

    /** A count that is no whole number is refused beside its field. */
    void checkCounts(BindingResult binding) {
        check(binding, "girls", girls);
        check(binding, "boys", boys);
        check(binding, "women", women);
        check(binding, "men", men);
    }

    /** The form as {@link Meetings} takes it; the counts read, once {@link #checkCounts} found nothing. */
    Meetings.MeetingInput input() {
        return new Meetings.MeetingInput(
                type,
                heldOn == null ? null : heldOn.toString(),
                count(girls),
                count(boys),
                count(women),
                count(men),
                facilitation,
                decisions);
    }

    private static void check(BindingResult binding, String field, String typed) {
        try {
            count(typed);
        } catch (NumberFormatException e) {
            binding.addError(new FieldError(
                    binding.getObjectName(),
                    field,
                    typed,
                    false,
                    new String[] {"communities.number.invalid"},
                    null,
                    null));
        }
    }

    private static Integer count(String typed) {
        return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.trim());
    }
}
