package org.harambee.notifications.preferences;

/**
 * The preferences form as bound: a channel ticked or not, quiet hours as typed ({@code HH:mm}, checked by
 * {@link Preferences}, which refuses what it cannot read beside its field).
 */
record PreferenceForm(Boolean email, Boolean sms, Boolean inApp, String quietFrom, String quietUntil) {

    static PreferenceForm of(PreferenceView mine) {
        return new PreferenceForm(mine.email(), mine.sms(), mine.inApp(), mine.quietFrom(), mine.quietUntil());
    }

    PreferenceInput input() {
        return new PreferenceInput(email, sms, inApp, quietFrom, quietUntil);
    }
}
