package org.harambee.notifications.preferences;

import org.harambee.notifications.Channel;

/**
 * How an account takes its messages: by e-mail, by SMS, in the platform (the notices of the header), and its quiet
 * hours. An account that chose nothing gets the defaults: e-mail and in-app, no quiet hours.
 */
public record Preference(String username, boolean email, boolean sms, boolean inApp, QuietHours quietHours) {

    public static Preference defaults(String username) {
        return new Preference(username, true, false, true, QuietHours.NONE);
    }

    public boolean wants(Channel channel) {
        return switch (channel) {
            case EMAIL -> email;
            case SMS -> sms;
        };
    }
}
