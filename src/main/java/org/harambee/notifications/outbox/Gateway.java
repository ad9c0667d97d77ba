package org.harambee.notifications.outbox;

import org.harambee.notifications.Channel;

/**
 * A way out for one channel (SMTP for e-mail, RapidPro for SMS); another gateway is another bean. A gateway that is
 * not configured is skipped: its rows wait, queued.
 */
public interface Gateway {

    /** A message ready to go: the row's id (to let a receiver drop a repeat), where, and what. */
    record Outgoing(String id, String address, String subject, String text) {}

    Channel channel();

    boolean configured();

    /** Hands the message over; throws {@link DeliveryFailure} (with no personal data in its message) when refused. */
    void deliver(Outgoing message);
}
