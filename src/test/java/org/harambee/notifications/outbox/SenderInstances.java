package org.harambee.notifications.outbox;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/** Senders built as another process would build them, for the tests of restarts, nodes and missing gateways. */
public final class SenderInstances {

    private SenderInstances() {}

    /** A sender with no memory of the context's sender: as after a restart, or on another node. */
    public static OutboxSender fresh(ApplicationContext context) {
        return with(context, List.copyOf(context.getBeansOfType(Gateway.class).values()));
    }

    /** A sender with no gateway configured. */
    public static OutboxSender withoutGateways(ApplicationContext context) {
        return with(context, List.of());
    }

    private static OutboxSender with(ApplicationContext context, List<Gateway> gateways) {
        return new OutboxSender(
                context.getBean(OutboxRecords.class),
                context.getBean(Rendering.class),
                context.getBean(NotificationSettings.class),
                gateways,
                context.getBean(PlatformTransactionManager.class));
    }
}
