package org.harambee.notifications.preferences;

/**
 * An account's choice as its page and the API show it, with whether the account has an e-mail address and a phone
 * recorded (a channel without an address sends nothing) and the deployment's time zone in which quiet hours are read.
 */
public record PreferenceView(
        boolean email,
        boolean sms,
        boolean inApp,
        String quietFrom,
        String quietUntil,
        boolean hasEmail,
        boolean hasPhone,
        String timeZone) {}
