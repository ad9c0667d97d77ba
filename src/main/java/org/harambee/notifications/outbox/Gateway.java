package org.harambee.notifications.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Hands several messages over (a gateway may use one connection for them all); answers the error of each message
     * refused, by its id. The others were taken.
     */
    default Map<String, String> deliverAll(List<Outgoing> messages) {
        Map<String, String> failed = new HashMap<>();
        for (Outgoing message : messages) {
            try {
                deliver(message);
            } catch (DeliveryFailure e) {
                failed.put(message.id(), e.getMessage());
            } catch (RuntimeException e) {
                failed.put(message.id(), "gateway error: " + e.getClass().getSimpleName());
            }
        }
        return failed;
    }
}
