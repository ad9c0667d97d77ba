package org.harambee.notifications.preferences;

/**
 * Channels and quiet hours as a form or the API sends them: a channel left out is not chosen; quiet hours as
 * {@code HH:mm}, both or neither.
 */
public record PreferenceInput(Boolean email, Boolean sms, Boolean inApp, String quietFrom, String quietUntil) {

    static PreferenceInput of(Preference p) {
        QuietHours q = p.quietHours();
        return new PreferenceInput(
                p.email(),
                p.sms(),
                p.inApp(),
                q.any() ? q.from().toString() : null,
                q.any() ? q.until().toString() : null);
    }
}
