package org.harambee.notifications.outbox;

/** A gateway refused or could not take a message; the message is the row's last error, so it names no person. */
public class DeliveryFailure extends RuntimeException {

    public DeliveryFailure(String message) {
        super(message, null, false, false);
    }
}
