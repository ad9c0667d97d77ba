package org.harambee.notifications.preferences;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Hours in which an account takes no message but an emergency, read in the deployment's time zone: {@code from}
 * until {@code until}, across midnight when {@code from} is later (21:00-07:00). None when either end is missing or
 * both are the same.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    public static final QuietHours NONE = new QuietHours(null, null);

    public boolean any() {
        return from != null && until != null && !from.equals(until);
    }

    /** When a normal message queued at {@code now} may be sent: now, or when the quiet hours it falls in end. */
    public Instant sendingFrom(Instant now, ZoneId zone) {
        if (!any()) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = from.isAfter(until);
        boolean quiet =
                overnight ? !time.isBefore(from) || time.isBefore(until) : !time.isBefore(from) && time.isBefore(until);
        if (!quiet) {
            return now;
        }
        ZonedDateTime end = local.with(until).withSecond(0).withNano(0);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
