package org.harambee.notifications;

/** An emergency message is sent at once, also in the recipient's quiet hours; a normal one waits for them to end. */
public enum Urgency {
    NORMAL,
    EMERGENCY
}
