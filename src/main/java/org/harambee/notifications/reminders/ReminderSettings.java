package org.harambee.notifications.reminders;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily reminders' settings ({@code harambee.notifications.reminders.*}, docs/configuration.md): remind of what
 * falls due within {@code days} from today, and of what fell due up to {@code overdueDays} ago and was not reminded
 * yet (older items are left to the reminders page, so that a first run does not send years of backlog).
 */
@ConfigurationProperties("harambee.notifications.reminders")
public record ReminderSettings(
        @DefaultValue("7") int days, @DefaultValue("30") int overdueDays) {

    public ReminderSettings {
        if (days < 0 || overdueDays < 0) {
            throw new IllegalArgumentException(
                    "harambee.notifications.reminders: days and overdue-days must not be negative");
        }
    }
}
